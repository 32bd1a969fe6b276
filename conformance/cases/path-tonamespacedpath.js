const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
process.cwd = () => 'C:\\cwd';
for (const p of ['', 'C:\\a', 'c:/a/b', 'a', '\\\\s\\h\\x', '//s/h', '\\\\?\\C:\\a', '\\\\.\\pipe\\x', 'C:', '\\', 'C:\\..',
  '/foo']) {
  show(`win32.toNamespacedPath(${JSON.stringify(p)})`, () => path.win32.toNamespacedPath(p));
}
for (const v of [1, null, undefined, {}]) {
  show(`non-string ${typeof v}`, () => [path.win32.toNamespacedPath(v), path.posix.toNamespacedPath(v)]);
}
show('posix', () => path.posix.toNamespacedPath('/a/../b'));
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
