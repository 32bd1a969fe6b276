const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['\\\\server\\share', '\\\\server\\share\\', '//server/share/dir/file.txt', '\\\\server', '\\\\server\\',
  '//server//share', '///server/share', '\\\\s\\h\\a\\..\\..', '\\/s\\/h/x']) {
  show(`unc ${JSON.stringify(p)}`, () => [path.win32.normalize(p), path.win32.resolve(p), path.win32.dirname(p),
    path.win32.basename(p), path.win32.isAbsolute(p)]);
}
for (const args of [['//server', 'share'], ['\\\\server', 'share'], ['//', 'server', 'share'], ['/', '/server', 'share'],
  ['//server/', 'share'], ['///server', 'share'], ['\\\\\\server', 'x'], ['', '//s', 'h']]) {
  show(`join ${JSON.stringify(args)}`, () => path.win32.join(...args));
}
