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
const rl = readline.createInterface({
  input, output,
  completer: (line, cb) => cb(new Error('no completions here')),
});
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
(async () => {
  // The error is written to the output (only its first line is shown here).
  output.write = ((write) => function(chunk, ...rest) {
    return write.call(this, String(chunk).split('\n')[0], ...rest);
  })(output.write);
  await type(input, ['x', '\t', 'y', '\r']);
  rl.close();
})();
