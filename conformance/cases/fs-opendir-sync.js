'use strict';
// opendirSync: Dir.readSync until null, Dirent fields, path property, closeSync, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-opendir-sync-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
fs.writeFileSync(path.join(dir, 'file'), '');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('file', path.join(dir, 'link'));
const d = fs.opendirSync(dir);
console.log('class', d.constructor.name, d instanceof fs.Dir, clean(d.path), typeof d.read, typeof d[Symbol.asyncIterator]);
const entries = [];
let ent;
while ((ent = d.readSync()) !== null) entries.push(ent);
console.log('count', entries.length, 'after end', d.readSync());
for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
  console.log(' ', e.name, clean(e.parentPath), clean(e.path), e instanceof fs.Dirent, e.isFile(), e.isDirectory(), e.isSymbolicLink());
}
console.log('closeSync', d.closeSync());
for (const [label, fn] of [
  ['readSync after close', () => d.readSync()],
  ['closeSync twice', () => d.closeSync()],
  ['missing', () => fs.opendirSync(path.join(dir, 'nope'))],
  ['file', () => fs.opendirSync(path.join(dir, 'file'))],
  ['bad bufferSize', () => fs.opendirSync(dir, { bufferSize: 0 })],
  ['bad bufferSize type', () => fs.opendirSync(dir, { bufferSize: '1' })],
  ['bad path', () => fs.opendirSync(42)],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    show(label, e);
  }
}
const small = fs.opendirSync(dir, { bufferSize: 1 });
const names = [];
for (let e = small.readSync(); e; e = small.readSync()) names.push(e.name);
small.closeSync();
console.log('bufferSize 1', names.sort());
const buf = fs.opendirSync(dir, { encoding: 'buffer' });
const first = buf.readSync();
console.log('buffer encoding', Buffer.isBuffer(first.name), typeof buf.path);
buf.closeSync();
const empty = fs.opendirSync(path.join(dir, 'sub'));
console.log('empty dir', empty.readSync());
empty.closeSync();
