const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['a:b', 'ab:c', 'ab:', 'x\\c:', 'x/../c:d', 'x/../cd:e', '::', 'a::', ':', ':a', 'ab:/c', 'x/b:/..',
  'x:y:z', 'foo:bar/baz', 'a/b:', 'C:CON:a', '\\CON:a']) {
  show(`win32.normalize(${JSON.stringify(p)})`, () => [path.win32.normalize(p), path.win32.join(p), path.win32.join('x', p)]);
}
