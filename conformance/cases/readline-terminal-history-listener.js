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
// A 'history' listener may drop an entry (a password, say); the line is still delivered.
rl.on('history', (h) => {
  if (h[0].startsWith('secret')) h.shift();
});
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
(async () => {
  await type(input, ['plain\r', 'secret 123\r', '\x1b[A']);
  show(rl);
  console.log(rl.history);
  const rl0 = readline.createInterface({ input: new PassThrough(), output, historySize: 0, terminal: true });
  rl0.write('x\r');
  console.log('historySize 0', rl0.history);
  rl0.close();
  rl.close();
})();
