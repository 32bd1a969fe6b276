'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const ac = new AbortController();
const input = new PassThrough();
const rl = readline.createInterface({ input, signal: ac.signal });
rl.on('line', (l) => console.log('line', l));
rl.on('close', () => console.log('close 1'));
input.write('x\n');
setImmediate(() => {
  ac.abort();
  console.log('closed after abort', rl.closed);
  input.write('y\n');
  const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
  rl2.on('close', () => console.log('close 2 (pre-aborted)'));
  console.log('rl2 closed sync', rl2.closed);
  process.nextTick(() => console.log('nextTick'));
});
