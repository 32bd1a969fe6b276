const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const args of [['/foo', 'bar', 'baz/asdf', 'quux', '..'], ['a', 'b', 'c'], ['/a', '/b'], ['a/', '/b/'],
  ['./a', './b'], ['../a', '../../b'], ['a', '..', '..'], ['/', 'a'], ['/', '..'], ['a', 'b/../../..', 'c']]) {
  show(`posix.join(${args.join(' | ')})`, () => path.posix.join(...args));
  show(`win32.join(${args.join(' | ')})`, () => path.win32.join(...args));
}
