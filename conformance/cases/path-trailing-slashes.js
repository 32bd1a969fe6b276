const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['a/', 'a//', '/a/b/', './', '../', '/a/b/../', 'a/./', 'a\\', 'a\\\\', 'C:\\a\\']) {
  show(JSON.stringify(p), () => [path.posix.normalize(p), path.win32.normalize(p), path.posix.basename(p), path.posix.dirname(p),
    path.posix.join(p, ''), path.win32.join(p, '')]);
}
process.cwd = () => '/cwd';
show('resolve drops them', () => [path.resolve('/a/b/'), path.resolve('a/'), path.win32.resolve('C:\\a\\')]);
