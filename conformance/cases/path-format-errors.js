const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const v of [null, undefined, 'str', 1, true, [], () => {}]) {
  show(`format(${typeof v})`, () => path.format(v));
  show(`win32.format(${typeof v})`, () => path.win32.format(v));
}
console.log(path.format.name, path.format.length, path.win32.format === path.posix.format);
