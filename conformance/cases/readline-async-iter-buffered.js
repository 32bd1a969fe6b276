'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const it = rl[Symbol.asyncIterator]();
// Lines that arrive while nobody reads are kept until they are asked for.
input.write('x\ny\n');
setImmediate(async () => {
  input.end('z');
  await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 5; i++) console.log(await it.next());
});
