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
const rl = readline.createInterface({ input, output: recorder(), terminal: false });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.write('a');
rl.write('b\nc');
rl.write(Buffer.from('\r\nd\r'));
rl.write('\n');
rl.write(undefined);
console.log('line_buffer', JSON.stringify(rl._line_buffer));
for (const bad of [null, 5]) {
  try {
    rl.write(bad);
    console.log('write', bad, 'ok');
  } catch (err) {
    console.log('write', bad, err.name, err.code);
  }
}
rl.close();
