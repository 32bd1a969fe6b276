'use strict';
// copyFile of a file onto itself (same path, a symlink to it, a hard link) keeps its contents.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-copyfile-same-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const src = path.join(dir, 'src');
const content = () => JSON.stringify(fs.readFileSync(src, 'utf8'));
fs.writeFileSync(src, 'precious');
fs.symlinkSync('src', path.join(dir, 'link'));
fs.linkSync(src, path.join(dir, 'hard'));
for (const [label, to] of [['same path', src], ['symlink', path.join(dir, 'link')], ['hard link', path.join(dir, 'hard')],
  ['dot path', path.join(dir, '.', 'src')]]) {
  try {
    fs.copyFileSync(src, to);
    console.log('sync', label, content());
  } catch (e) {
    show('sync ' + label, e);
  }
  fs.writeFileSync(src, 'precious');
}
try {
  fs.copyFileSync(src, src, fs.constants.COPYFILE_EXCL);
} catch (e) {
  show('sync EXCL', e);
}
fs.copyFile(src, src, (err) => {
  console.log('callback', err, content());
  fs.writeFileSync(src, 'precious');
  fs.promises.copyFile(src, src).then(() => console.log('promise', content()), (e) => show('promise', e));
});
