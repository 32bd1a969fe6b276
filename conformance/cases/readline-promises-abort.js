'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;

const rlp = require('readline/promises');
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
const rl = rlp.createInterface({ input, output: recorder() });
(async () => {
  try {
    await rl.question('Pre? ', { signal: AbortSignal.abort(new Error('early')) });
  } catch (err) {
    console.log('pre-aborted', e(err), err.cause.message);
  }
  const ac = new AbortController();
  const p = rl.question('Later? ', { signal: ac.signal });
  setTimeout(() => ac.abort('too slow'), 10);
  try {
    await p;
  } catch (err) {
    console.log('aborted', e(err), err.cause);
  }
  console.log('prompt restored', JSON.stringify(rl.getPrompt()));
  try {
    await rl.question('Bad? ', { signal: {} });
  } catch (err) {
    console.log('bad signal', e(err));
  }
  rl.close();
})();
