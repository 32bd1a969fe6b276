'use strict';
// Dirent.parentPath/path keep the directory argument as given: relative, with dots, trailing slash, Buffer.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readdir-relative-parentpath-'));
process.on('exit', () => {
  process.chdir(os.tmpdir());
  fs.rmSync(dir, { recursive: true, force: true });
});
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a', 'b', 'f'), '');
process.chdir(dir);
for (const arg of ['a', './a', 'a/', 'a/b/..', '.']) {
  const entries = fs.readdirSync(arg, { withFileTypes: true });
  console.log(JSON.stringify(arg), entries.map((d) => `${d.parentPath}|${d.path}|${d.name}`).sort().join(' '));
  const rec = fs.readdirSync(arg, { withFileTypes: true, recursive: true });
  console.log('  recursive', rec.map((d) => `${d.parentPath}|${d.name}`).sort().join(' '));
}
const fromBuffer = fs.readdirSync(Buffer.from('a'), { withFileTypes: true })[0];
console.log('buffer arg', typeof fromBuffer.parentPath, String(fromBuffer.parentPath), fromBuffer.name);
const fromUrl = fs.readdirSync(new URL('file://' + path.join(dir, 'a')), { withFileTypes: true })[0];
console.log('url arg', fromUrl.parentPath === path.join(dir, 'a'), fromUrl.name);
const d = fs.opendirSync('a');
const first = d.readSync();
console.log('opendir relative', first.parentPath, first.path, first.name, d.path);
d.closeSync();
fs.readdir('./a/', { withFileTypes: true }, (err, entries) => {
  console.log('callback', err, entries.map((e) => `${e.parentPath}|${e.name}`).join(' '));
});
