const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['./.', '././a', 'a/./.', 'a/..', 'a/../.', '/a/../..', '.../..', '.a/..', 'a/.b/../c', '..a/../b', 'a/..b/c']) {
  show(JSON.stringify(p), () => [path.posix.normalize(p), path.win32.normalize(p), path.posix.join('x', p)]);
}
