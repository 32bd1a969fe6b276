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
// A fake terminal: input with isTTY/setRawMode, output with isTTY and a width.
function fakeTTY(columns = 80) {
  const input = new PassThrough();
  input.isTTY = true;
  input.isRaw = false;
  input.setRawMode = function(mode) {
    console.log('setRawMode', mode);
    this.isRaw = mode;
  };
  return { input, output: recorder('out', { isTTY: true, columns }) };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));
async function type(input, keys) {
  for (const k of keys) {
    input.write(k);
    await tick();
  }
}
const show = (rl) => console.log('state', JSON.stringify(rl.line), rl.cursor, rl.getCursorPos());

const { input, output } = fakeTTY();
const rl = readline.createInterface({ input, output });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
(async () => {
  for (const k of ['abcd', '\x1b[D', '\x1b[D', 'X', '\x1b[C', 'Y', '\x1b[H', '<', '\x1b[F', '>', '\x7f', '\x1b[H', '\x1b[3~', '\x1b[C', '\b']) {
    console.log('key', JSON.stringify(k));
    input.write(k);
    await tick();
    show(rl);
  }
  await type(input, ['\r']);
  rl.close();
})();
