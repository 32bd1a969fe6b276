'use strict';
// rmdirSync/rmdir/promises.rmdir: empty dirs, ENOTEMPTY, ENOTDIR, ENOENT.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rmdir-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const empty = path.join(dir, 'empty');
fs.mkdirSync(empty);
console.log('empty', fs.rmdirSync(empty), fs.existsSync(empty));
const full = path.join(dir, 'full');
fs.mkdirSync(full);
fs.writeFileSync(path.join(full, 'f'), '');
const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
fs.symlinkSync('full', path.join(dir, 'link'));
for (const [label, args] of [
  ['non-empty', [full]],
  ['file', [file]],
  ['missing', [empty]],
  ['symlink to dir', [path.join(dir, 'link')]],
  ['symlink with slash', [path.join(dir, 'link') + '/']],
  ['recursive false non-empty', [full, { recursive: false }]],
  ['bad options', [full, 'x']],
]) {
  try {
    console.log(label, 'ok', fs.rmdirSync(...args));
  } catch (e) {
    show(label, e);
  }
}
fs.mkdirSync(empty);
fs.rmdir(empty, (err) => {
  console.log('callback', err, fs.existsSync(empty));
  fs.rmdir(full, (err2) => {
    show('callback non-empty', err2);
    fs.rmdir(file, (err3) => {
      show('callback file', err3);
      fs.mkdirSync(empty);
      fs.promises.rmdir(empty).then((r) => {
        console.log('promise', r, fs.existsSync(empty));
        return fs.promises.rmdir(full);
      }).catch((e) => show('promise non-empty', e));
    });
  });
});
