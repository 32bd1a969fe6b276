const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['/home/user/dir/file.txt', 'file.txt', '/a/b/', 'a/b.c.d', '/', '.bashrc', 'dir/']) {
  show(`posix ${p}`, () => path.posix.format(path.posix.parse(p)));
}
for (const p of ['C:\\path\\dir\\file.txt', '\\\\server\\share\\f.e', 'C:\\', 'C:abc', 'a\\b']) {
  show(`win32 ${p}`, () => path.win32.format(path.win32.parse(p)));
}
