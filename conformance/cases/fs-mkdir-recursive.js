'use strict';
// mkdir recursive: returns the first directory created (or undefined), ENOTDIR/EEXIST on files.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-mkdir-recursive-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const r = (p, o = { recursive: true }) => clean(fs.mkdirSync(p, o));
console.log('deep', r(path.join(dir, 'a', 'b', 'c')));
console.log('existing', r(path.join(dir, 'a', 'b', 'c')));
console.log('partly existing', r(path.join(dir, 'a', 'x', 'y')));
console.log('existing leaf only', r(path.join(dir, 'a', 'b', 'd')));
console.log('dir itself', r(dir));
console.log('trailing slash', r(path.join(dir, 'ts') + '/'));
console.log('dot segments', r(path.join(dir, 'a') + '/../dots/./more'));
console.log('relative', (() => {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return fs.mkdirSync('rel/one', { recursive: true });
  } finally {
    process.chdir(cwd);
  }
})());
console.log('with mode', r(path.join(dir, 'm', 'n'), { recursive: true, mode: 0o700 }),
  (fs.statSync(path.join(dir, 'm')).mode & 0o777).toString(8), (fs.statSync(path.join(dir, 'm', 'n')).mode & 0o777).toString(8));
const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
for (const [label, p] of [['on file', file], ['under file', path.join(file, 'x', 'y')], ['under file direct', path.join(file, 'x')]]) {
  try {
    console.log(label, r(p));
  } catch (e) {
    show(label, e);
  }
}
fs.mkdir(path.join(dir, 'cb', 'deep'), { recursive: true }, (err, first) => {
  console.log('callback', err, clean(first));
  fs.mkdir(path.join(dir, 'cb', 'deep'), { recursive: true }, (err2, first2) => {
    console.log('callback existing', err2, first2);
    fs.mkdir(path.join(file, 'q'), { recursive: true }, (err3) => {
      show('callback under file', err3);
      fs.promises.mkdir(path.join(dir, 'p1', 'p2'), { recursive: true }).then((v) => {
        console.log('promise', clean(v));
        return fs.promises.mkdir(path.join(dir, 'p1', 'p2'), { recursive: true });
      }).then((v) => {
        console.log('promise existing', v);
        return fs.promises.mkdir(file, { recursive: true });
      }).catch((e) => show('promise on file', e));
    });
  });
});
