'use strict';
// fs.Dirent constructed by hand: type constants map to predicates; fields; inspect output.
const fs = require('fs');
const util = require('util');
const c = fs.constants;
console.log(typeof fs.Dirent, fs.Dirent.name, fs.Dirent.length);
const types = ['UV_DIRENT_UNKNOWN', 'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO',
  'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK'];
const methods = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isCharacterDevice', 'isBlockDevice'];
for (const t of types) {
  const d = new fs.Dirent('name', c[t], '/some/dir');
  console.log(t, methods.filter((m) => d[m]()).join(',') || '(none)');
}
const d = new fs.Dirent('entry', c.UV_DIRENT_FILE, '/base');
console.log('fields', d.name, d.parentPath, d.path, Object.keys(d).join(','));
console.log('inspect', util.inspect(d));
console.log('json', JSON.stringify(d));
const noPath = new fs.Dirent('x', c.UV_DIRENT_DIR);
console.log('no path', noPath.parentPath, noPath.path, noPath.isDirectory());
console.log('proto methods', Object.getOwnPropertyNames(fs.Dirent.prototype).sort().join(','));
