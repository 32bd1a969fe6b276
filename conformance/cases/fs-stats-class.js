'use strict';
// fs.Stats as a class: construction (deprecated), prototype methods on hand-made objects.
const fs = require('fs');
process.on('warning', (w) => console.log('warning', w.name, w.code));
console.log(typeof fs.Stats, fs.Stats.name, fs.Stats.length);
const s = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 2, 10, 0, 1000, 2000, 3000, 4000);
console.log(s.isFile(), s.isDirectory(), s.size, s.mode, s.ino);
console.log(s.atimeMs, s.mtimeMs, s.ctimeMs, s.birthtimeMs);
console.log(s.atime.toISOString(), s.mtime.toISOString(), s.ctime.toISOString(), s.birthtime.toISOString());
console.log(Object.keys(s).join(','));
const d = new fs.Stats(1, 0o040755);
console.log('dir', d.isDirectory(), d.isFile(), d.isSymbolicLink());
const l = new fs.Stats(1, 0o120777);
console.log('link', l.isSymbolicLink(), l.isFile());
const f = new fs.Stats(1, 0o010644);
console.log('fifo', f.isFIFO(), 'socket', new fs.Stats(1, 0o140644).isSocket());
console.log('char', new fs.Stats(1, 0o020644).isCharacterDevice(), 'block', new fs.Stats(1, 0o060644).isBlockDevice());
const callFs = fs.Stats();
console.log('call without new', typeof callFs, callFs instanceof fs.Stats);
try {
  console.log(fs.Stats.prototype.isFile.call({ mode: 0o100000 }));
} catch (e) {
  console.log('plain object', e.name);
}
const real = fs.statSync(__filename);
real.mtime = 'replaced';
console.log('writable date', real.mtime);
setTimeout(() => {}, 10);
