'use strict';
// Argument errors from fs.write/writeSync with buffers.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-write-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, '->', e.name, e.code, e.message);
const p = path.join(dir, 'file');
const fd = fs.openSync(p, 'w');
const b = Buffer.from('abcd');
const cases = [
  [b, -1], [b, 5], [b, 4], [b, 0, 5], [b, 2, 3], [b, 0, -1], [b, 1.5], [b, 0, 1.5],
  [b, 0, 1, -2], [b, 0, 1, 1.5], [b, 0, 1, '1'], [b, '1'], [b, 0, '1'], [b, { offset: 9 }],
  [b, { length: -1 }], [b, 0, 2 ** 31], [b, NaN], [b, 0, NaN], [b, 0, 1, NaN], [b, 0, 1, -1n],
  [b, 0, 1, 2n ** 64n], [b, 0, 1, 2 ** 53],
];
// The callback forms run one at a time (concurrent writes on the pool complete in any order).
const queue = [];
for (const args of cases) {
  const label = util.inspect(args, { breakLength: Infinity }).replace(/<Buffer[^>]*>/, 'buf');
  try {
    console.log(label, 'sync ok', fs.writeSync(fd, ...args));
  } catch (e) {
    show(label + ' sync', e);
  }
  queue.push((next) => {
    try {
      fs.write(fd, ...args, (err, n) => {
        console.log(label, 'callback', err && err.code, n);
        next();
      });
    } catch (e) {
      show(label + ' cb', e);
      next();
    }
  });
}
for (const bad of [b, [b, 0], [b, 0, 1], [b, 0, 1, 0], [b, 0, 1, 0, 'x'], ['str'], ['str', 0, 'utf8', 'x']]) {
  const args = Array.isArray(bad) ? bad : [bad];
  try {
    fs.write(fd, ...args);
    console.log('no callback accepted', args.length);
  } catch (e) {
    show('no callback ' + args.length, e);
  }
}
function runQueue() {
  const step = queue.shift();
  if (step === undefined) {
    fs.closeSync(fd);
    console.log('size', fs.statSync(p).size);
    return;
  }
  step(runQueue);
}
runQueue();
