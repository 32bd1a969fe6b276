'use strict';
const readline = require('readline');
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
rl.on('line', (l) => console.log('line event', l));
const ac = new AbortController();
rl.question('First? ', { signal: ac.signal }, (a) => console.log('never', a));
ac.abort();
console.log('prompt after abort', JSON.stringify(rl.getPrompt()));
input.write('goes to line event\n');
setImmediate(() => {
  rl.question('Pre-aborted? ', { signal: AbortSignal.abort() }, () => console.log('never'));
  const ac2 = new AbortController();
  rl.question('Third? ', { signal: ac2.signal }, (a) => {
    console.log('answer', a);
    ac2.abort();
    try {
      rl.question('Bad? ', { signal: 'nope' }, () => {});
    } catch (err) {
      console.log(err.name, err.code);
    }
    rl.close();
  });
  input.write('three\n');
});
