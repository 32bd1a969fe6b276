const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['CON', 'CON:', 'con:a', 'CON:\\', 'CON:a\\..', 'COM1:x', 'COM0:x', 'COM10:x', 'LPT9:', 'LPT\u00b9:a',
  'COM\u00b2:b', 'nul:', 'aux:x', 'PRN:\\\\x', 'x/CON:a', 'x\\..\\CON:a', 'CONIN$:a', 'con :a', 'CONa', 'CONab',
  'PRN/', 'COM1.', 'lpt2 ', 'AUX.txt']) {
  show(`win32.normalize(${JSON.stringify(p)})`, () => [path.win32.normalize(p), path.win32.join(p, 'y')]);
}
