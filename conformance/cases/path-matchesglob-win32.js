'use strict';
// path.matchesGlob: Windows separators, drive letters, UNC and device paths; argument checks.
const path = require('path');

for (const [file, pattern] of [
  ['C:\\a\\b', 'c:/a/*'], ['c:/a/b', 'C:/a/*'], ['\\\\?\\c:\\a', '//?/C:/a'], ['\\\\?\\c:\\a', 'c:/a'],
  ['c:/a', '//?/c:/a'], ['\\\\host\\share\\x', '//host/share/*'], ['//host/share/x', '\\\\host\\share\\*'],
  ['a\\b', 'a/b'], ['a\\b', '*'], ['A:\\x', 'a:\\x'], ['a\\b\\c.js', '**\\*.js'], ['a\\.b\\c', 'a/*/c'],
]) {
  console.log(JSON.stringify(file), JSON.stringify(pattern),
    path.win32.matchesGlob(file, pattern), path.posix.matchesGlob(file, pattern));
}

console.log(path.matchesGlob === path.posix.matchesGlob, path.matchesGlob.name, path.matchesGlob.length,
  path.win32.matchesGlob.length);
console.log(Object.keys(path).join(), Object.keys(path.win32).join());
for (const args of [[], [1, 'a'], ['a', 1], ['a'], [null, 'a'], ['a', {}], [Symbol('s'), 'a']]) {
  for (const flavour of [path.posix, path.win32]) {
    try {
      flavour.matchesGlob(...args);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
}
try {
  path.matchesGlob('a', 'a'.repeat(65537));
} catch (err) {
  console.log(err.name, err.message);
}
console.log(path.matchesGlob('a', 'a'.repeat(65536)));
