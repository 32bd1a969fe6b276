'use strict';
const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  rl.on('close', () => console.log('closed'));
  const n = Number(await rl.question('n = '));
  console.log(`\ntwice ${n * 2}`);
})();
