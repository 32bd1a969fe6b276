const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '\\', 'C:', 'C:\\', 'C:..', 'C:abc', 'C:\\path\\dir\\file.txt', '\\\\server\\share\\file_path',
  '\\\\server two\\shared folder\\file path.zip', '\\\\teamserver\\s\\', '\\\\s\\h', '\\\\s', 'C:\\a\\', 'x', 'x\\y.',
  '//s/h/d/f.e', '\\\\?\\C:\\a.b']) {
  show(`win32.parse(${JSON.stringify(p)})`, () => path.win32.parse(p));
}
