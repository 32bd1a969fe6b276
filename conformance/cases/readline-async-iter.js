'use strict';
const readline = require('readline');
const { Readable } = require('stream');
(async () => {
  const rl = readline.createInterface({
    input: Readable.from(['alpha\nbe', 'ta\r\ngamma\n', 'delta']),
    crlfDelay: Infinity,
  });
  rl.on('close', () => console.log('close event'));
  const it = rl[Symbol.asyncIterator]();
  console.log('same iterator', it === rl[Symbol.asyncIterator]());
  for await (const line of rl) console.log('line', line);
  console.log('done', rl.closed);
})();
