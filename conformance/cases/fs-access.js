'use strict';
// access/accessSync/promises.access: modes, missing paths, invalid modes, callbacks.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-access-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
fs.chmodSync(file, 0o755);
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
console.log('constants', F_OK, R_OK, W_OK, X_OK, fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
for (const mode of [undefined, F_OK, R_OK, W_OK, X_OK, R_OK | W_OK | X_OK, 7, null]) {
  try {
    console.log('file mode', mode, fs.accessSync(file, mode));
  } catch (e) {
    show(`file mode ${mode}`, e);
  }
}
console.log('dir', fs.accessSync(dir, R_OK | X_OK));
for (const [label, args] of [
  ['missing', [path.join(dir, 'missing')]],
  ['missing W_OK', [path.join(dir, 'missing'), W_OK]],
  ['through file', [path.join(file, 'x')]],
  ['mode 8', [file, 8]],
  ['mode -1', [file, -1]],
  ['mode 1.5', [file, 1.5]],
  ['mode string', [file, 'r']],
  ['mode object', [file, {}]],
]) {
  try {
    console.log(label, fs.accessSync(...args));
  } catch (e) {
    show(label, e);
  }
}
fs.access(file, (err) => {
  console.log('callback', err);
  fs.access(file, R_OK, (err2) => {
    console.log('callback R_OK', err2);
    fs.access(path.join(dir, 'missing'), (err3) => {
      show('callback missing', err3);
      try {
        fs.access(file, 99, () => {});
      } catch (e) {
        show('callback bad mode', e);
      }
      try {
        fs.access(file, F_OK);
      } catch (e) {
        show('no callback', e);
      }
      fs.promises.access(file, X_OK).then((r) => {
        console.log('promise', r);
        return fs.promises.access(path.join(dir, 'missing'));
      }).catch((e) => {
        show('promise missing', e);
        return fs.promises.access(file, 8);
      }).catch((e) => show('promise bad mode', e));
    });
  });
});
