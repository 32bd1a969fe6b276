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

const { input, output } = fakeTTY(20);
const rl = readline.createInterface({ input, output, tabSize: 4, prompt: '\x1b[32mok\x1b[0m> ' });
rl.prompt();
(async () => {
  await type(input, ['a\tb', 'é😀日']);
  show(rl);
  console.log(rl._getDisplayPos('ab\tc\n日本\n'), rl._getDisplayPos(''), rl._getDisplayPos('x'.repeat(45)));
  rl.setPrompt('line1\nline2> ');
  rl.prompt(true);
  show(rl);
  rl.close();
})();
