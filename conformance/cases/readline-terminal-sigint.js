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
  rl.on('SIGINT', () => console.log('SIGINT event, line', JSON.stringify(rl.line)));
  rl.on('close', () => console.log('close a'));
  await type(a.input, ['abc', '\x03']);
  console.log('still open', !rl.closed);
  rl.close();
  // Without a SIGINT listener ctrl+c closes the interface.
  const b = fakeTTY();
  const rl2 = readline.createInterface({ input: b.input, output: b.output });
  rl2.on('close', () => console.log('close b'));
  await type(b.input, ['xy', '\x03']);
  console.log('closed', rl2.closed);
  // ctrl+d deletes right; on an empty line it closes.
  const c = fakeTTY();
  const rl3 = readline.createInterface({ input: c.input, output: c.output });
  rl3.on('close', () => console.log('close c'));
  await type(c.input, ['ab', '\x1b[D', '\x04', '\x04']);
  show(rl3);
  await type(c.input, ['\x15', '\x04']);
  console.log('closed', rl3.closed);
  // ctrl+z with a SIGTSTP listener only emits the event.
  const d = fakeTTY();
  const rl4 = readline.createInterface({ input: d.input, output: d.output });
  rl4.on('SIGTSTP', () => console.log('SIGTSTP event'));
  await type(d.input, ['\x1a']);
  rl4.close();
})();
