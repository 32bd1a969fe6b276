'use strict';
// On Linux fs.lchmod/lchmodSync are undefined and fs.promises.lchmod rejects; chmod on a
// symlink changes the target.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-lchmod-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
console.log('lchmod', typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs, 'lchmodSync' in fs);
console.log('promises.lchmod', typeof fs.promises.lchmod);
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
fs.chmodSync(file, 0o644);
fs.symlinkSync('file', path.join(dir, 'link'));
fs.chmodSync(path.join(dir, 'link'), 0o600);
console.log('chmod through link', (fs.statSync(file).mode & 0o777).toString(8), fs.lstatSync(path.join(dir, 'link')).mode.toString(8));
fs.promises.lchmod(path.join(dir, 'link'), 0o600).then(
  () => console.log('promises.lchmod resolved'),
  (e) => console.log('promises.lchmod', e.name, e.code, e.message),
);
