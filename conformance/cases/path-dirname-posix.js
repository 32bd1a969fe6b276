const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '.', '..', '/', '//', '///', 'a', 'a/', '/a', '/a/', '/a/b', '/a/b/', '/a//b', 'a//b', '//a', '///a',
  '/foo/bar/baz/asdf/quux', '/a/b//', 'a/b/c.txt', '.a/b', '../a', 'a\\b']) {
  show(`dirname(${JSON.stringify(p)})`, () => path.posix.dirname(p));
}
show('dirname(1)', () => path.dirname(1));
