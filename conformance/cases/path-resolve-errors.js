const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const f of ['posix', 'win32']) {
  show(`${f} number`, () => path[f].resolve('a', 1));
  show(`${f} null first`, () => path[f].resolve(null, 'a'));
  show(`${f} skipped before absolute`, () => path[f].resolve(null, f === 'posix' ? '/abs' : 'C:\\abs'));
  show(`${f} object`, () => path[f].resolve({}, '/a', 'b'));
  show(`${f} undefined`, () => path[f].resolve(undefined));
}
