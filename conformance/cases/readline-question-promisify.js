'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;

const readline = require('readline');
const util = require('util');
const { PassThrough, Writable } = require('stream');
function recorder(label = 'out', extra = {}) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      console.log(label, JSON.stringify(String(chunk)));
      cb();
    },
  });
  return Object.assign(w, extra);
}

const input = new PassThrough();
const rl = readline.createInterface({ input, output: recorder() });
const question = util.promisify(rl.question).bind(rl);
(async () => {
  const p = question('Who? ');
  input.write('me\n');
  console.log('answer', await p);
  const ac = new AbortController();
  const p2 = question('Abort? ', { signal: ac.signal });
  ac.abort('reason');
  try {
    await p2;
  } catch (err) {
    console.log('rejected', e(err), err.cause);
  }
  try {
    await question('Pre? ', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log('pre-aborted', e(err));
  }
  rl.close();
})();
