const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
process.cwd = () => 'C:\\Users\\me';
for (const args of [[], ['.'], ['a\\b'], ['C:'], ['C:a'], ['D:'], ['D:x'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['\\\\server\\share', '..', 'relative\\'], ['/x', 'y'], ['C:\\', '..'],
  ['\\\\s\\h\\a', '\\b'], ['//s/h', 'x'], ['C:\\a', 'D:b'], ['d:\\a', 'C:b']]) {
  show(`win32.resolve(${JSON.stringify(args)})`, () => path.win32.resolve(...args));
}
process.cwd = () => '/posix/cwd';
show('posix cwd on win32', () => [path.win32.resolve('a'), path.win32.resolve('C:a'), path.win32.resolve('\\\\s\\h')]);
