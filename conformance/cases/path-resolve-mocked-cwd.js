const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
process.cwd = () => 'rel/dir';
show('relative cwd', () => [path.resolve('a'), path.resolve(''), path.relative('a', 'b'), path.relative('../x', 'y')]);
process.cwd = () => '';
show('empty cwd', () => [path.resolve('a'), path.resolve(), path.resolve('..')]);
process.cwd = () => '/';
show('root cwd', () => [path.resolve('..'), path.relative('', '/a'), path.win32.resolve('x')]);
