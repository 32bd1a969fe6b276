'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('close', () => console.log('close event'));
  setImmediate(() => input.write('1\n2\n3\n4\n'));
  for await (const line of rl) {
    console.log('line', line);
    if (line === '2') break;
  }
  // Leaving the loop early stops the iteration; the interface stays open.
  console.log('closed', rl.closed);
})();
