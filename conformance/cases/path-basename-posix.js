const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '/', '//', 'a', 'a/', 'a//', '/a', '/a/b', '/a/b/', 'dir/file.ext', '/dir/basename.ext', 'file.js.old',
  '\\dir\\basename.ext', 'aaa/bbb\\', '.', '..', '/..', '.bashrc', 'a\\b']) {
  show(`basename(${JSON.stringify(p)})`, () => path.posix.basename(p));
}
