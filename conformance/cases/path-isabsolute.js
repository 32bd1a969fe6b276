const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '/', '//', '/a', 'a', './a', '../a', '\\', '\\a', 'C:', 'C:a', 'C:\\', 'C:/', 'c:\\a', '\\\\s\\h',
  '//s', 'directory/directory', 'directory\\directory', 'bar\\baz', 'bar/baz', '.', '1:\\x']) {
  show(`isAbsolute(${JSON.stringify(p)})`, () => [path.posix.isAbsolute(p), path.win32.isAbsolute(p)]);
}
show('isAbsolute(0)', () => path.isAbsolute(0));
show('win32.isAbsolute(null)', () => path.win32.isAbsolute(null));
