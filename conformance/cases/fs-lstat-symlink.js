'use strict';
// lstat vs stat across symlinks to files, directories, dangling links and links to links.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-lstat-symlink-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
process.chdir(dir);
fs.writeFileSync('file', '12345');
fs.mkdirSync('sub');
fs.symlinkSync('file', 'to-file');
fs.symlinkSync('sub', 'to-dir');
fs.symlinkSync('missing', 'dangling');
fs.symlinkSync('to-file', 'to-link');
fs.symlinkSync(path.join(dir, 'file'), 'absolute');
for (const name of ['file', 'sub', 'to-file', 'to-dir', 'dangling', 'to-link', 'absolute', 'sub/../to-file']) {
  const out = [name];
  for (const fn of ['statSync', 'lstatSync']) {
    try {
      const s = fs[fn](name);
      out.push(fn, s.isFile() ? 'file' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : '?',
        s.isSymbolicLink() ? `size=${s.size}` : s.isFile() ? `size=${s.size}` : '');
    } catch (e) {
      out.push(fn, e.code);
    }
  }
  console.log(out.join(' '));
}
fs.lstat('dangling', (err, s) => {
  console.log('callback lstat dangling', err, s.isSymbolicLink());
  fs.stat('dangling', (err2) => {
    show('callback stat dangling', err2);
    fs.promises.lstat('to-dir').then((s3) => {
      console.log('promise lstat to-dir', s3.isSymbolicLink(), s3.isDirectory());
      process.chdir(os.tmpdir());
    });
  });
});
