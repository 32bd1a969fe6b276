const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const deep = '/a'.repeat(5000);
console.log(path.normalize(`${deep}/../b`).length, path.join(deep, '..', 'x').slice(-8));
console.log(path.relative(`${deep}/x/y`, `${deep}/z`), path.relative(deep, '/'.concat('b')).length);
console.log(path.dirname(deep).length, path.basename(deep), path.extname(`${'x'.repeat(20000)}.${'y'.repeat(3)}`));
const win = `C:\\${'dir\\'.repeat(3000)}f.txt`;
console.log(path.win32.normalize(win).length, path.win32.parse(win).base, path.win32.dirname(win).length);
console.log(path.normalize(`${'a/'.repeat(9000)}${'../'.repeat(9001)}`), path.join(...new Array(300).fill('ab')).length);
