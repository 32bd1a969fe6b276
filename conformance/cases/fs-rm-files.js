'use strict';
// rmSync/rm/promises.rm on files, symlinks and missing paths, with and without force.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rm-files-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
console.log('file', fs.rmSync(file), fs.existsSync(file));
fs.writeFileSync(file, 'x');
fs.symlinkSync('file', path.join(dir, 'link'));
console.log('link', fs.rmSync(path.join(dir, 'link')), fs.existsSync(file), fs.existsSync(path.join(dir, 'link')));
fs.symlinkSync('sub', path.join(dir, 'dirlink'));
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'keep'), '');
console.log('dir symlink', fs.rmSync(path.join(dir, 'dirlink')), fs.existsSync(path.join(dir, 'sub', 'keep')));
fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
console.log('dangling', fs.rmSync(path.join(dir, 'dangling')), fs.readdirSync(dir));
console.log('force missing', fs.rmSync(path.join(dir, 'missing'), { force: true }));
console.log('force missing parent', fs.rmSync(path.join(dir, 'a', 'b'), { force: true }));
for (const [label, args] of [
  ['missing', [path.join(dir, 'missing')]],
  ['through file', [path.join(file, 'x')]],
  ['through file force', [path.join(file, 'x'), { force: true }]],
  ['bad options', [file, 'force']],
  ['bad force', [file, { force: 'yes' }]],
  ['bad recursive', [file, { recursive: 1 }]],
  ['bad maxRetries', [file, { maxRetries: -1 }]],
  ['bad retryDelay', [file, { retryDelay: 'x' }]],
]) {
  try {
    console.log(label, 'ok', fs.rmSync(...args));
  } catch (e) {
    show(label, e);
  }
}
fs.rm(file, (err, ...rest) => {
  console.log('callback', err, rest, fs.existsSync(file));
  fs.rm(file, (err2) => {
    show('callback missing', err2);
    fs.rm(file, { force: true }, (err3) => {
      console.log('callback force missing', err3);
      fs.writeFileSync(file, 'x');
      fs.promises.rm(file).then((r) => {
        console.log('promise', r, fs.existsSync(file));
        return fs.promises.rm(file, { force: true });
      }).then((r) => {
        console.log('promise force', r);
        return fs.promises.rm(file);
      }).catch((e) => show('promise missing', e));
    });
  });
});
