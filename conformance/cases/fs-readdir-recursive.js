'use strict';
// readdir with recursive: true — names with separators, Dirents with parentPath, both APIs.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readdir-recursive-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
fs.mkdirSync(path.join(dir, 'a', 'b', 'c'), { recursive: true });
fs.mkdirSync(path.join(dir, 'empty'));
fs.writeFileSync(path.join(dir, 'top.txt'), '');
fs.writeFileSync(path.join(dir, 'a', 'one.txt'), '');
fs.writeFileSync(path.join(dir, 'a', 'b', 'two.txt'), '');
fs.writeFileSync(path.join(dir, 'a', 'b', 'c', 'three.txt'), '');
fs.symlinkSync('a', path.join(dir, 'link-to-a'));
console.log('sync', fs.readdirSync(dir, { recursive: true }).sort());
const dirents = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
console.log('dirents', dirents.map((d) => `${clean(d.parentPath)}|${d.name}|${d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : 'f'}`).sort());
try {
  console.log('buffer', fs.readdirSync(path.join(dir, 'a'), { recursive: true, encoding: 'buffer' })
    .map((b) => Buffer.isBuffer(b) && b.toString()).sort());
} catch (e) {
  console.log('buffer', e.name, e.code, e.message);
}
console.log('recursive false', fs.readdirSync(dir, { recursive: false }).sort());
fs.readdir(dir, { recursive: true }, (err, names) => {
  console.log('callback', err, names.sort());
  fs.readdir(path.join(dir, 'a'), { recursive: true, withFileTypes: true }, (err2, ents) => {
    console.log('callback dirents', err2, ents.map((d) => `${clean(d.parentPath)}|${d.name}`).sort());
    fs.promises.readdir(dir, { recursive: true }).then((names3) => {
      console.log('promise', names3.sort());
      return fs.promises.readdir(path.join(dir, 'a', 'b'), { recursive: true, withFileTypes: true });
    }).then((ents2) => {
      console.log('promise dirents', ents2.map((d) => `${clean(d.parentPath)}|${d.name}`).sort());
    });
  });
});
