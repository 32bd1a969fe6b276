'use strict';
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
rl.on('line', (l) => console.log('line event', l));
(async () => {
  const p = rl.question('Color? ');
  console.log('is promise', p instanceof Promise);
  input.write('blue\nnot an answer\n');
  console.log('answer', await p);
  const p2 = rl.question('Number? ', null);
  input.write('7\n');
  console.log('answer', await p2);
  rl.close();
  console.log('closed', rl.closed);
})();
