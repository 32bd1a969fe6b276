const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['C:', 'C:\\', 'C:.', 'C:\\dir\\base.ext', 'C:basename.ext', 'C:foo', 'C:\\foo', 'C:\\foo\\', 'file:stream',
  '\\\\server\\share\\file', 'a/b\\c', 'aaa\\bbb\\\\', 'C:\\x.js', 'c:x.js']) {
  show(`win32.basename(${JSON.stringify(p)})`, () => [path.win32.basename(p), path.win32.basename(p, '.js'), path.win32.basename(p, 'C:')]);
}
