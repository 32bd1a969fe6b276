const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
process.cwd = () => '/home/user/project';
for (const args of [[], [''], ['.'], ['..'], ['a/b'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'],
  ['wwwroot', 'static_files/png/', '../gif/image.gif'], ['/a', '', 'b'], ['/', '..', '..'], ['//a//b//'],
  ['a', '/b', 'c', '/d', 'e/..'], ['/a/b/', './'], ['../../../../..']]) {
  show(`resolve(${JSON.stringify(args)})`, () => path.posix.resolve(...args));
}
