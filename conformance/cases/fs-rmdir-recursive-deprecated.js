'use strict';
// rmdir with recursive: true still works but warns (DEP0147); missing paths; once only.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rmdir-recursive-deprecated-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const make = (name) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.join(p, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(p, 'a', 'f'), '');
  return p;
};
const t1 = make('t1');
console.log('sync', fs.rmdirSync(t1, { recursive: true }), fs.existsSync(t1));
try {
  fs.rmdirSync(t1, { recursive: true });
} catch (e) {
  show('sync missing', e);
}
const file = path.join(dir, 'file');
fs.writeFileSync(file, '');
try {
  fs.rmdirSync(file, { recursive: true });
} catch (e) {
  show('sync file', e);
}
console.log('file still there', fs.existsSync(file));
const t2 = make('t2');
fs.rmdir(t2, { recursive: true }, (err) => {
  console.log('callback', err, fs.existsSync(t2));
  fs.rmdir(t2, { recursive: true }, (err2) => {
    show('callback missing', err2);
    const t3 = make('t3');
    fs.promises.rmdir(t3, { recursive: true }).then((r) => {
      console.log('promise', r, fs.existsSync(t3));
      return fs.promises.rmdir(t3, { recursive: true });
    }).catch((e) => show('promise missing', e));
  });
});
