const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const bad of [undefined, null, 1, true, {}, [], Symbol('s'), () => {}]) {
  show(`posix.join('a', ${String(typeof bad)})`, () => path.posix.join('a', bad));
  show(`win32.join(${String(typeof bad)}, 'a')`, () => path.win32.join(bad, 'a'));
}
show('join empty then bad', () => path.join('', '', 7));
