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

const words = ['install', 'inspect', 'init', 'uninstall'];
const find = (line) => [words.filter((w) => w.startsWith(line)), line];
const { input, output } = fakeTTY();
// A completer with two parameters answers through its callback.
const rl = readline.createInterface({
  input, output,
  completer: (line, cb) => setTimeout(() => cb(null, find(line)), 5),
});
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  input.write('ins');
  await tick();
  input.write('\t');
  await wait(30);
  input.write('\t');
  await wait(30);
  show(rl);
  input.write('\r');
  await tick();
  rl.close();
  // The promises Interface awaits a completer that returns a promise.
  const io = fakeTTY();
  const prl = require('readline/promises').createInterface({
    input: io.input, output: io.output,
    completer: async (line) => find(line),
  });
  prl.on('line', (l) => console.log('promises line', JSON.stringify(l)));
  io.input.write('un');
  await tick();
  io.input.write('\t');
  await wait(10);
  io.input.write('\r');
  await tick();
  prl.close();
})();
