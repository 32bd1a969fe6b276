'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
for (const d of [undefined, 0, 50, 100, 250, Infinity]) {
  const rl = readline.createInterface({ input: new PassThrough(), crlfDelay: d });
  console.log('crlfDelay', d, '->', rl.crlfDelay);
  rl.close();
}
// A \r at the end of one chunk and a \n at the start of the next: one line ending when the
// \n comes within crlfDelay, two when it comes later.
function run(label, delay, wait) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: delay });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      console.log(label, JSON.stringify(lines));
      resolve();
    });
    input.write('a\r');
    setTimeout(() => input.end('\nb\n'), wait);
  });
}
(async () => {
  await run('soon', 100, 0);
  await run('late', 100, 300);
  await run('infinite', Infinity, 300);
})();
