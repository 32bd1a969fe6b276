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
// The classic password prompt: replace what the interface echoes.
let muted = false;
rl._writeToOutput = function(s) {
  output.write(muted ? s.replace(/[^\r\n]/g, '*') : s);
};
rl.question('Password: ', (answer) => {
  muted = false;
  console.log('answer', JSON.stringify(answer));
  rl.close();
});
muted = true;
(async () => {
  await type(input, ['hun', 't', 'er', '2', '\x7f', '\r']);
})();
