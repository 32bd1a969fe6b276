'use strict';
// truncate/truncateSync/promises.truncate: shrink, grow with zeros, default 0, negative length, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-truncate-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const p = path.join(dir, 'file');
const content = () => JSON.stringify(fs.readFileSync(p, 'latin1'));
fs.writeFileSync(p, 'abcdef');
console.log('shrink', fs.truncateSync(p, 3), content());
console.log('grow', fs.truncateSync(p, 5), content());
console.log('default', fs.truncateSync(p), content());
fs.writeFileSync(p, 'abcdef');
console.log('negative', fs.truncateSync(p, -3), content());
fs.writeFileSync(p, 'abcdef');
console.log('undefined', fs.truncateSync(p, undefined), content());
for (const [label, args] of [
  ['float', [p, 1.5]],
  ['string len', [p, '2']],
  ['null len', [p, null]],
  ['bigint len', [p, 2n]],
  ['NaN', [p, NaN]],
  ['huge', [p, 2 ** 53]],
  ['missing', [path.join(dir, 'missing'), 1]],
  ['directory', [dir, 0]],
  ['through file', [path.join(p, 'x'), 0]],
]) {
  try {
    fs.truncateSync(...args);
    console.log(label, 'ok', content());
  } catch (e) {
    show(label, e);
  }
}
fs.writeFileSync(p, 'abcdef');
fs.truncate(p, 2, (err) => {
  console.log('callback', err, content());
  fs.truncate(p, (err2) => {
    console.log('callback no len', err2, content());
    fs.truncate(path.join(dir, 'missing'), 1, (err3) => {
      show('callback missing', err3);
      try {
        fs.truncate(p, 1);
      } catch (e) {
        show('no callback', e);
      }
      fs.writeFileSync(p, 'abcdef');
      fs.promises.truncate(p, 4).then((r) => {
        console.log('promise', r, content());
        return fs.promises.truncate(p);
      }).then(() => {
        console.log('promise default', content());
        return fs.promises.truncate(p, -1);
      }).then(() => {
        console.log('promise negative', content());
        return fs.promises.truncate(dir);
      }).catch((e) => show('promise directory', e));
    });
  });
});
