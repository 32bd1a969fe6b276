const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['', '/', '//', '/home/user/dir/file.txt', 'file', '.bashrc', '/..', '/...', '..', '/a//b', 'a//b//',
  '//a', './a.b', '/foo/bar.baz/', 'x/.y.z', 'a.', '/.', 'C:\\x.y']) {
  show(`parse(${JSON.stringify(p)})`, () => path.posix.parse(p));
}
show('parse(null)', () => path.parse(null));
const r = path.parse('/a/b.c');
console.log(Object.keys(r).join(), Object.getPrototypeOf(r) === Object.prototype);
