'use strict';
// unlinkSync/unlink/promises.unlink: files, symlinks (not their targets), directories, missing.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-unlink-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
fs.symlinkSync('file', path.join(dir, 'link'));
console.log('link', fs.unlinkSync(path.join(dir, 'link')), fs.existsSync(file));
const fd = fs.openSync(file, 'r');
console.log('open file', fs.unlinkSync(file), fs.existsSync(file));
const b = Buffer.alloc(1);
console.log('still readable through fd', fs.readSync(fd, b, 0, 1, 0), b.toString());
fs.closeSync(fd);
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(file, 'x');
for (const [label, p] of [['missing', path.join(dir, 'missing')], ['directory', path.join(dir, 'sub')],
  ['through file', path.join(file, 'x')], ['trailing slash', file + '/']]) {
  try {
    fs.unlinkSync(p);
  } catch (e) {
    show(label, e);
  }
}
fs.unlink(file, (err, ...rest) => {
  console.log('callback', err, rest, fs.existsSync(file));
  fs.unlink(file, (err2) => {
    show('callback missing', err2);
    fs.writeFileSync(file, 'x');
    fs.promises.unlink(file).then((r) => {
      console.log('promise', r, fs.existsSync(file));
      return fs.promises.unlink(path.join(dir, 'sub'));
    }).catch((e) => show('promise directory', e));
  });
});
