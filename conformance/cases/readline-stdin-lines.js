'use strict';
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => console.log(`${++n}: ${line}`));
rl.on('close', () => console.log('closed after', n, 'lines'));
