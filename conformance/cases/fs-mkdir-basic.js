'use strict';
// mkdirSync/mkdir/promises.mkdir without recursion: return values, modes, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
process.umask(0o022);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-mkdir-basic-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const mode = (p) => (fs.statSync(p).mode & 0o7777).toString(8);
console.log('plain', fs.mkdirSync(path.join(dir, 'a')), mode(path.join(dir, 'a')));
console.log('mode number', fs.mkdirSync(path.join(dir, 'b'), 0o700), mode(path.join(dir, 'b')));
console.log('mode option', fs.mkdirSync(path.join(dir, 'c'), { mode: 0o750 }), mode(path.join(dir, 'c')));
console.log('mode string', fs.mkdirSync(path.join(dir, 'd'), '711'), mode(path.join(dir, 'd')));
console.log('mode umask', fs.mkdirSync(path.join(dir, 'e'), 0o777), mode(path.join(dir, 'e')));
console.log('recursive false', fs.mkdirSync(path.join(dir, 'f'), { recursive: false }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
for (const [label, args] of [
  ['EEXIST dir', [path.join(dir, 'a')]],
  ['EEXIST file', [file]],
  ['ENOENT parent', [path.join(dir, 'x', 'y')]],
  ['ENOTDIR', [path.join(file, 'sub')]],
  ['bad mode', [path.join(dir, 'g'), 'xyz']],
  ['bad options', [path.join(dir, 'g'), { recursive: 'yes' }]],
  ['bad options type', [path.join(dir, 'g'), true]],
  ['empty path', ['']],
  ['root', ['/']],
]) {
  try {
    console.log(label, 'ok', fs.mkdirSync(...args));
  } catch (e) {
    show(label, e);
  }
}
fs.mkdir(path.join(dir, 'cb'), (err, ...rest) => {
  console.log('callback', err, rest);
  fs.mkdir(path.join(dir, 'cb'), (err2) => {
    show('callback EEXIST', err2);
    fs.mkdir(path.join(dir, 'cb2'), 0o705, (err3) => {
      console.log('callback mode', err3, mode(path.join(dir, 'cb2')));
      fs.promises.mkdir(path.join(dir, 'pr')).then((r) => {
        console.log('promise', r);
        return fs.promises.mkdir(path.join(dir, 'pr'));
      }).catch((e) => show('promise EEXIST', e));
    });
  });
});
