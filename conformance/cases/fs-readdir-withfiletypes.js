'use strict';
// readdir withFileTypes: Dirent methods, name, parentPath, path, class; sync, callback, promise.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readdir-withfiletypes-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
fs.writeFileSync(path.join(dir, 'file'), 'x');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('file', path.join(dir, 'link'));
fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
fs.symlinkSync('sub', path.join(dir, 'dirlink'));
const methods = ['isFile', 'isDirectory', 'isSymbolicLink', 'isBlockDevice', 'isCharacterDevice', 'isFIFO', 'isSocket'];
function describe(label, entries) {
  console.log(label, entries.length);
  for (const d of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    console.log(' ', d.name, clean(d.parentPath), clean(d.path), d instanceof fs.Dirent, d.constructor.name,
      methods.filter((m) => d[m]()).join(','));
  }
}
describe('sync', fs.readdirSync(dir, { withFileTypes: true }));
const one = fs.readdirSync(dir, { withFileTypes: true })[0];
console.log('own keys', Object.keys(one).join(','));
console.log('inspect', require('util').inspect(fs.readdirSync(path.join(dir, 'sub', '..'), { withFileTypes: true })
  .find((d) => d.name === 'file')).replaceAll(dir, 'TMP'));
const buf = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).find((d) => String(d.name) === 'file');
console.log('buffer name', Buffer.isBuffer(buf.name), buf.name, clean(buf.parentPath), typeof buf.parentPath);
fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
  console.log('callback err', err);
  describe('callback', entries);
  fs.promises.readdir(dir, { withFileTypes: true }).then((entries2) => describe('promise', entries2));
});
