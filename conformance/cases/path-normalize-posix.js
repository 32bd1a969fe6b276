const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '.', '..', '/', '//', '///', './', '../', 'a', 'a/', 'a//', '/a/b/c/../..', '/..', '/../..',
  '../../a', 'a/../..', './a/./b/.', '/foo/bar//baz/asdf/quux/..', 'a/b/../../../c/', '/a/./', './/', '..//',
  '...', '/.../a', 'a/.../b/..', '.a/.b/..', 'a\\b/../c']) {
  show(`normalize(${JSON.stringify(p)})`, () => path.posix.normalize(p));
}
