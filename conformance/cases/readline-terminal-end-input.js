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

(async () => {
  const a = fakeTTY();
  const rl = readline.createInterface({ input: a.input, output: a.output });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('close', () => console.log('close'));
  await type(a.input, ['done\r', 'unfinished']);
  // End of input delivers the line being edited.
  a.input.end();
  await tick();
  const b = fakeTTY();
  const rl2 = readline.createInterface({ input: b.input, output: b.output, terminal: false });
  console.log('terminal false', rl2.terminal, 'raw', b.input.isRaw);
  rl2.on('line', (l) => console.log('plain line', JSON.stringify(l)));
  b.input.end('x\x1b[Dy\r\n');
})();
