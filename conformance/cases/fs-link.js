'use strict';
// Hard links: linkSync/link/promises.link, nlink counts, shared contents, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-link-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('file'), 'one');
console.log('nlink before', fs.statSync(p('file')).nlink);
console.log('link', fs.linkSync(p('file'), p('hard')), fs.statSync(p('file')).nlink, fs.statSync(p('hard')).nlink);
fs.writeFileSync(p('hard'), 'two');
console.log('shared contents', fs.readFileSync(p('file'), 'utf8'));
console.log('same ino', fs.statSync(p('file')).ino === fs.statSync(p('hard')).ino);
fs.unlinkSync(p('file'));
console.log('after unlink', fs.statSync(p('hard')).nlink, fs.readFileSync(p('hard'), 'utf8'));
fs.mkdirSync(p('sub'));
fs.symlinkSync('hard', p('sym'));
fs.linkSync(p('sym'), p('hard-of-sym'));
console.log('link of symlink is', fs.lstatSync(p('hard-of-sym')).isSymbolicLink() ? 'symlink' : 'file');
for (const [label, from, to] of [
  ['EEXIST', p('hard'), p('sym')],
  ['missing source', p('nope'), p('x')],
  ['directory', p('sub'), p('subhard')],
  ['missing dest parent', p('hard'), p('no', 'x')],
]) {
  try {
    fs.linkSync(from, to);
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
}
fs.link(p('hard'), p('cb'), (err, ...rest) => {
  console.log('callback', err, rest, fs.statSync(p('hard')).nlink);
  fs.link(p('hard'), p('cb'), (err2) => {
    show('callback EEXIST', err2);
    fs.promises.link(p('hard'), p('pr')).then((r) => {
      console.log('promise', r, fs.statSync(p('hard')).nlink);
      return fs.promises.link(p('nope'), p('pr2'));
    }).catch((e) => show('promise missing', e));
  });
});
