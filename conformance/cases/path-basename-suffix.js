const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const [p, s] of [['file.js', '.js'], ['file.js', 'js'], ['file.js', 'file.js'], ['/dir/file.js', 'file.js'],
  ['file.js', '.ts'], ['aaa', 'a'], ['aaa', 'aa'], ['aaa', 'aaa'], ['aaa', 'aaaa'], ['a', 'a'], ['/a', 'a'], ['/a/bc/', 'xbc'],
  ['/a/bc/', 'bc'], ['/a/b.js/', '.js'], ['/a/b.js//', 'b.js'], ['//', '/'], ['///', 'x'], ['a/', ''], ['js', '.js'],
  ['.js', '.js'], ['x.js', '.js'], ['/x.JS', '.js']]) {
  show(`basename(${JSON.stringify(p)}, ${JSON.stringify(s)})`, () => [path.posix.basename(p, s), path.win32.basename(p, s)]);
}
show('suffix number', () => path.basename('a', 1));
show('both bad', () => path.basename(1, 2));
show('undefined suffix', () => path.basename('a.js', undefined));
