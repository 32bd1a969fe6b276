const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '.', '/', '\\', 'a', 'c:', 'c:\\', 'c:/', 'c:foo', 'c:foo\\', 'c:\\foo', 'c:\\foo\\bar', 'c:\\foo\\bar\\',
  'c:foo\\bar', '\\\\unc\\share', '\\\\unc\\share\\', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\bar', '//s/h/x', '\\\\unc',
  '\\\\?\\C:\\a', 'a\\\\b', 'foo/bar\\baz']) {
  show(`win32.dirname(${JSON.stringify(p)})`, () => path.win32.dirname(p));
}
