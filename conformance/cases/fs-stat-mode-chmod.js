'use strict';
// Permission bits in stat().mode after chmod with numbers and octal strings; setuid/sticky bits.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stat-mode-chmod-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const sub = path.join(dir, 'sub');
fs.mkdirSync(sub);
const modeOf = (p) => fs.statSync(p).mode.toString(8);
for (const m of [0o644, 0o600, 0o755, 0o000, 0o777, 0o4755, 0o2755, 0o1777, '644', '0755', '1777', 0o7777, 0o100644]) {
  fs.chmodSync(file, m);
  fs.chmodSync(sub, m);
  console.log(typeof m === 'string' ? JSON.stringify(m) : m.toString(8), 'file', modeOf(file), 'dir', modeOf(sub));
}
fs.chmodSync(file, 0o644);
fs.chmodSync(sub, 0o755);
for (const bad of ['abc', '9', -1, 1.5, 2 ** 32, null, undefined, {}, '0o644', '']) {
  try {
    fs.chmodSync(file, bad);
    console.log('accepted', bad, modeOf(file));
  } catch (e) {
    show(`bad ${require('util').inspect(bad)}`, e);
  }
}
try {
  fs.chmodSync(path.join(dir, 'missing'), 0o644);
} catch (e) {
  show('missing', e);
}
const fd = fs.openSync(file, 'r');
fs.fchmodSync(fd, 0o640);
console.log('fchmodSync', modeOf(file));
fs.fchmodSync(fd, '600');
console.log('fchmodSync string', modeOf(file));
fs.closeSync(fd);
fs.chmod(file, 0o604, (err) => {
  console.log('callback', err, modeOf(file));
  fs.promises.chmod(file, '0711').then((r) => {
    console.log('promise', r, modeOf(file));
    return fs.promises.chmod(path.join(dir, 'missing'), 0o700);
  }).catch((e) => show('promise missing', e));
});
