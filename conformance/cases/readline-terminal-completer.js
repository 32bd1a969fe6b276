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

const fruits = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
function completer(line) {
  const word = line.split(' ').pop();
  const hits = fruits.filter((f) => f.startsWith(word));
  return [hits.length ? hits : fruits, word];
}
const { input, output } = fakeTTY(40);
const rl = readline.createInterface({ input, output, completer });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
(async () => {
  for (const k of ['a', '\t', 'p', '\t', '\r', 'b', '\t', '\t', 'l', '\t', '\r', 'eat ch', '\t', '\r', 'z', '\t', '\t']) {
    console.log('key', JSON.stringify(k));
    input.write(k);
    await tick();
    show(rl);
  }
  rl.close();
})();
