const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['a/b\\c', 'C:/a\\b/c', '/a\\b', '\\a/b', 'a\\/b', 'C:\\a/..\\b/', '//a\\b/c', '\\/a\\b']) {
  show(JSON.stringify(p), () => [path.win32.normalize(p), path.win32.dirname(p), path.win32.basename(p), path.win32.parse(p).root,
    path.posix.basename(p)]);
}
