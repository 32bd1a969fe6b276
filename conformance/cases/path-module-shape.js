const path = require('path');
const names = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename',
  'extname', 'format', 'parse'];
for (const flavour of [path.posix, path.win32]) {
  console.log(names.map((n) => `${flavour[n].name}/${flavour[n].length}/${'prototype' in flavour[n]}`).join(' '));
}
console.log(path === path.posix, path.posix.posix === path.posix, path.win32.win32 === path.win32, path.win32.posix === path.posix);
console.log(Object.getOwnPropertyDescriptor(path, 'sep'), Object.getOwnPropertyDescriptor(path, 'win32').enumerable);
console.log(Object.isFrozen(path), Object.isExtensible(path), Object.getPrototypeOf(path) === Object.prototype);
try { new path.join('a'); } catch (e) { console.log(e.name); }
console.log(path.posix.format, typeof path.join);
