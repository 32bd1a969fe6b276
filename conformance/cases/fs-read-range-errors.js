'use strict';
// Range and type errors from fs.read/readSync arguments.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-read-range-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, '->', e.name, e.code, clean(e.message));
const p = path.join(dir, 'file');
fs.writeFileSync(p, '0123456789');
const fd = fs.openSync(p, 'r');
const b = Buffer.alloc(8);
const cases = [
  [b, -1, 2, 0], [b, 9, 1, 0], [b, 8, 1, 0], [b, 0, 9, 0], [b, 4, 5, 0], [b, 0, -1, 0],
  [b, 1.5, 1, 0], [b, 0, 1.5, 0], [b, 0, 1, 1.5], [b, 0, 1, -2], [b, 0, 1, 2 ** 53],
  [b, 0, 1, -2n], [b, 0, 1, 2n ** 63n], [b, 0, 1, '1'], [b, 0, 1, {}], [b, '1', 1, 0],
  [b, 0, '1', 0], [Buffer.alloc(0), 0, 0, 0], [Buffer.alloc(0), 0, 1, 0], ['str', 0, 1, 0],
  [[1, 2], 0, 1, 0], [null, 0, 1, 0], [b, 0, 2 ** 31, 0], [b, 2 ** 31, 1, 0], [b, NaN, 1, 0],
  [b, 0, NaN, 0], [b, 0, 1, NaN], [b, 0, 1, Infinity], [b, { offset: -1 }], [b, { length: 9 }],
  [b, { position: 'x' }], [b, 'opts'], [b, 5],
];
for (const args of cases) {
  const label = util.inspect(args, { breakLength: Infinity }).replace(/<Buffer[^>]*>/g, 'buf' + args[0]?.length);
  try {
    console.log(label, 'sync ok', fs.readSync(fd, ...args));
  } catch (e) {
    show(label + ' sync', e);
  }
  try {
    fs.read(fd, ...args, (err, n) => console.log(label, 'callback', err && err.code, n));
  } catch (e) {
    show(label + ' cb', e);
  }
}
setTimeout(() => fs.closeSync(fd), 50);
