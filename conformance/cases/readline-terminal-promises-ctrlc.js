'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;
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

const rlp = require('readline/promises');
(async () => {
  const a = fakeTTY();
  const rl = rlp.createInterface({ input: a.input, output: a.output });
  const p = rl.question('Continue? ').then((v) => console.log('answer', v), (err) => console.log('rejected', e(err)));
  await type(a.input, ['y', '\x03']);
  await p;
  const b = fakeTTY();
  const rl2 = rlp.createInterface({ input: b.input, output: b.output });
  const p2 = rl2.question('Name? ').then((v) => console.log('answer', v), (err) => console.log('rejected', e(err)));
  await type(b.input, ['\x04']);
  await p2;
  const c = fakeTTY();
  const rl3 = rlp.createInterface({ input: c.input, output: c.output });
  const p3 = rl3.question('Name? ');
  await type(c.input, ['Zoe', '\x1b[D', '\x7f', '\r']);
  console.log('answer', await p3);
  rl3.close();
})();
