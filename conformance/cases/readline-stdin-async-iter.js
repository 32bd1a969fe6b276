'use strict';
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const words = [];
  for await (const line of rl) words.push(...line.split(' ').filter(Boolean));
  console.log(words.length, words.join('|'));
})();
