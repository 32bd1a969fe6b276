'use strict';
// rm on directories: ERR_FS_EISDIR without recursive (full error shape), recursive removal.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rm-dirs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
function show(label, e) {
  console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
  console.log('  keys', Object.keys(e).join(','), 'instanceof', e instanceof Error, e.constructor.name);
  if (e.info) console.log('  info', JSON.stringify(e.info).replaceAll(dir, 'TMP'));
  console.log('  toString', clean(e.toString()));
}
const empty = path.join(dir, 'empty');
fs.mkdirSync(empty);
try {
  fs.rmSync(empty);
} catch (e) {
  show('empty dir', e);
}
try {
  fs.rmSync(empty, { force: true });
} catch (e) {
  show('empty dir force', e);
}
console.log('recursive empty', fs.rmSync(empty, { recursive: true }), fs.existsSync(empty));
const tree = path.join(dir, 'tree');
fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(tree, 'a', 'b', 'f'), 'x');
fs.writeFileSync(path.join(tree, 'top'), 'x');
fs.symlinkSync(dir, path.join(tree, 'a', 'up'));
fs.chmodSync(path.join(tree, 'a', 'b', 'f'), 0o444);
console.log('recursive tree', fs.rmSync(tree, { recursive: true }), fs.existsSync(tree), fs.existsSync(dir));
console.log('recursive missing force', fs.rmSync(tree, { recursive: true, force: true }));
try {
  fs.rmSync(tree, { recursive: true });
} catch (e) {
  show('recursive missing', e);
}
fs.mkdirSync(empty);
fs.rm(empty, (err) => {
  show('callback dir', err);
  fs.rm(empty, { recursive: true }, (err2) => {
    console.log('callback recursive', err2, fs.existsSync(empty));
    fs.mkdirSync(empty);
    fs.promises.rm(empty).catch((e) => {
      show('promise dir', e);
      return fs.promises.rm(empty, { recursive: true });
    }).then(() => console.log('promise recursive', fs.existsSync(empty)));
  });
});
