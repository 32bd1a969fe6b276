'use strict';
// copyFileSync/copyFile/promises.copyFile: contents, mode, COPYFILE_EXCL/FICLONE flags, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-copyfile-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;
console.log('constants', COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE);
fs.writeFileSync(p('src'), 'source data');
fs.chmodSync(p('src'), 0o640);
console.log('copy', fs.copyFileSync(p('src'), p('dst')), fs.readFileSync(p('dst'), 'utf8'),
  (fs.statSync(p('dst')).mode & 0o777).toString(8));
fs.writeFileSync(p('other'), 'old contents that are longer');
console.log('overwrite', fs.copyFileSync(p('src'), p('other')), fs.readFileSync(p('other'), 'utf8'));
console.log('FICLONE', fs.copyFileSync(p('src'), p('clone'), COPYFILE_FICLONE), fs.readFileSync(p('clone'), 'utf8'));
fs.mkdirSync(p('sub'));
fs.symlinkSync('src', p('link'));
console.log('through symlink', fs.copyFileSync(p('link'), p('fromlink')), fs.lstatSync(p('fromlink')).isSymbolicLink());
for (const [label, args] of [
  ['EXCL existing', [p('src'), p('dst'), COPYFILE_EXCL]],
  ['EXCL new', [p('src'), p('excl'), COPYFILE_EXCL]],
  ['missing source', [p('nope'), p('x')]],
  ['onto directory', [p('src'), p('sub')]],
  ['from directory', [p('sub'), p('x2')]],
  ['missing dest parent', [p('src'), p('no', 'x')]],
  ['bad mode', [p('src'), p('x3'), 8]],
  ['mode string', [p('src'), p('x4'), '1']],
  ['mode -1', [p('src'), p('x5'), -1]],
  ['same file', [p('src'), p('src')]],
]) {
  try {
    console.log(label, 'ok', fs.copyFileSync(...args));
  } catch (e) {
    show(label, e);
  }
}
fs.copyFile(p('src'), p('cb'), (err, ...rest) => {
  console.log('callback', err, rest, fs.readFileSync(p('cb'), 'utf8'));
  fs.copyFile(p('src'), p('cb'), COPYFILE_EXCL, (err2) => {
    show('callback EXCL', err2);
    fs.copyFile(p('nope'), p('cb2'), (err3) => {
      show('callback missing', err3);
      fs.promises.copyFile(p('src'), p('pr')).then((r) => {
        console.log('promise', r, fs.readFileSync(p('pr'), 'utf8'));
        return fs.promises.copyFile(p('src'), p('pr'), COPYFILE_EXCL);
      }).catch((e) => show('promise EXCL', e));
    });
  });
});
