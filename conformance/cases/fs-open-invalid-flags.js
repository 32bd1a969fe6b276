'use strict';
// Flags fs.open refuses, and what error each gives (sync, callback and promises).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-open-invalid-flags-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const p = path.join(dir, 'file');
fs.writeFileSync(p, 'x');
const bad = ['z', '', 'rw', 'R', 'w++', ' r', 'r ', 'x', 'ra', {}, [], true, 1.5, -1.5, NaN, Symbol('s')];
for (const flag of bad) {
  const label = require('util').inspect(flag);
  try {
    const fd = fs.openSync(p, flag);
    console.log(label, 'opened', typeof fd);
    fs.closeSync(fd);
  } catch (e) {
    show(label, e);
  }
}
for (const flag of [undefined, null]) {
  const fd = fs.openSync(p, flag);
  console.log(String(flag), 'opened', typeof fd);
  fs.closeSync(fd);
}
try {
  fs.open(p, 'nope', () => console.log('callback should not run'));
} catch (e) {
  show('callback', e);
}
fs.promises.open(p, 'nope').then(
  () => console.log('promise resolved'),
  (e) => show('promise', e),
);
