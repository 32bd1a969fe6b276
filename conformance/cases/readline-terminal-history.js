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
const history = ['third', 'second', 'first'];
const rl = readline.createInterface({ input, output, history, historySize: 4, removeHistoryDuplicates: true });
console.log('same array', rl.history === history);
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('history', (h) => console.log('history event', JSON.stringify(h)));
(async () => {
  for (const k of ['\x1b[A', '\x1b[A', '\x1b[B', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\r']) {
    input.write(k);
    await tick();
    show(rl);
  }
  await type(input, ['new\r', 'first\r', '  \r', '\r', 's', '\x1b[A', '\x1b[A']);
  show(rl);
  await type(input, ['\r']);
  console.log('final', JSON.stringify(rl.history));
  rl.close();
})();
