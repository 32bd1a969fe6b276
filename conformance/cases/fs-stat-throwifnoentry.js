'use strict';
// statSync/lstatSync with throwIfNoEntry: false returns undefined for ENOENT only.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stat-throwifnoentry-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const missing = path.join(dir, 'missing');
console.log('stat missing', fs.statSync(missing, { throwIfNoEntry: false }));
console.log('lstat missing', fs.lstatSync(missing, { throwIfNoEntry: false }));
console.log('bigint missing', fs.statSync(missing, { throwIfNoEntry: false, bigint: true }));
console.log('existing', fs.statSync(file, { throwIfNoEntry: false }).isFile());
for (const [label, fn] of [
  ['ENOTDIR', () => fs.statSync(path.join(file, 'x'), { throwIfNoEntry: false })],
  ['missing parent', () => fs.statSync(path.join(dir, 'a', 'b'), { throwIfNoEntry: false })],
  ['true', () => fs.statSync(missing, { throwIfNoEntry: true })],
  ['default', () => fs.statSync(missing, {})],
  ['truthy string', () => fs.statSync(missing, { throwIfNoEntry: 'no' })],
  ['zero', () => fs.statSync(missing, { throwIfNoEntry: 0 })],
  ['lstat ENOTDIR', () => fs.lstatSync(path.join(file, 'x'), { throwIfNoEntry: false })],
  ['dangling link stat', () => {
    fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
    return fs.statSync(path.join(dir, 'dangling'), { throwIfNoEntry: false });
  }],
  ['dangling link lstat', () => fs.lstatSync(path.join(dir, 'dangling'), { throwIfNoEntry: false }).isSymbolicLink()],
]) {
  try {
    console.log(label, fs.existsSync(missing), fn());
  } catch (e) {
    show(label, e);
  }
}
fs.stat(missing, { throwIfNoEntry: false }, (err, s) => {
  show('callback ignores option', err);
  console.log('stats', s);
});
