const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '.', '..', '...', '.x', 'a.', 'a..', '..a', '.a.b', 'a.b.c', 'file.txt', '/path/to/file.tar.gz',
  '/a.b/c', '/a/.b', 'a.b/', 'a.b//', '/..', '/...', 'file.', '.file.', 'a\\b.c', 'C:.js', 'C:..', 'C:\\a.b\\', 'x.JS']) {
  show(`extname(${JSON.stringify(p)})`, () => [path.posix.extname(p), path.win32.extname(p)]);
}
show('extname({})', () => path.extname({}));
