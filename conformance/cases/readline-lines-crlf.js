'use strict';
const readline = require('readline');
const { Readable } = require('stream');
// \r\n, lone \r and \r\n split across chunks all end exactly one line.
const chunks = ['a\r\nb\rc\r', '\nd\r\r\ne', '\r\n\r\n', 'f\rg'];
const rl = readline.createInterface({ input: Readable.from(chunks) });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', () => console.log('close'));
