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

const { input, output } = fakeTTY(10);
const rl = readline.createInterface({ input, output, prompt: '>>>' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.prompt();
(async () => {
  for (const k of ['abcdef', 'ghij', 'klmnopq', '\x1b[H', 'X', '\x05', '\x1b[D', '\x7f', '日本語', '\x1b[D']) {
    console.log('key', JSON.stringify(k));
    input.write(k);
    await tick();
    show(rl);
  }
  // A resize redraws the line for the new width.
  output.columns = 4;
  output.emit('resize');
  show(rl);
  await type(input, ['\r']);
  rl.close();
})();
