const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '.', '..', '/', '\\', '\\\\', 'a', 'a/b\\c', 'C:', 'c:', 'C:.', 'C:..', 'C:\\', 'C:/', 'C:\\..',
  'C:\\a\\..\\..\\b', 'C:a\\..\\..', 'C:////temp///foo', 'a\\..\\..', '.\\a\\', 'C:\\temp\\\\foo\\bar\\..\\',
  '//server/share', '\\\\server\\share\\', '//server/share/a/../..', '\\\\server', '///a///b', 'x:/', 'x:']) {
  show(`win32.normalize(${JSON.stringify(p)})`, () => path.win32.normalize(p));
}
