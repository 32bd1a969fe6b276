'use strict';
// Options handling of stat/lstat/fstat/statfs: non-object options, null, extra keys, callback position.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stat-options-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r');
for (const opts of [undefined, null, {}, { bigint: 1 }, { bigint: 'yes' }, 'bigint', 42, true, []]) {
  const out = [];
  for (const [name, target] of [['statSync', file], ['lstatSync', file], ['fstatSync', fd], ['statfsSync', dir]]) {
    try {
      const s = fs[name](target, opts);
      out.push(`${name}:${typeof (s.size ?? s.bsize)}`);
    } catch (e) {
      out.push(`${name}:${e.code}`);
    }
  }
  console.log(JSON.stringify(opts) ?? 'undefined', out.join(' '));
}
fs.stat(file, undefined, (err, s) => {
  console.log('callback undefined options', err, typeof s.size);
  try {
    fs.stat(file, null, (err2, s2) => console.log('callback null options', err2, typeof s2.size));
  } catch (e) {
    console.log('callback null options threw', e.name, e.code);
  }
  try {
    fs.stat(file, { bigint: true });
  } catch (e) {
    console.log('no callback', e.name, e.code, e.message);
  }
  fs.promises.stat(file, 'x').then((s3) => console.log('promise string options', typeof s3.size), (e) => console.log('promise string options', e.code));
  setTimeout(() => fs.closeSync(fd), 50);
});
