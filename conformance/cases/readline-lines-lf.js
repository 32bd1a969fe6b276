'use strict';
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['first\nsec', 'ond\n\nfourth', '\nlast']) });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('close', () => console.log('close'));
console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line), 'cursor', rl.cursor);
