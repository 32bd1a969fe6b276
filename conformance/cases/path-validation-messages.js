const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const v of [undefined, null, 42, 4.5, NaN, true, 10n, Symbol('sym'), {}, { a: 1 }, [], [1, 2], () => {}, function named() {},
  new String('boxed'), new Date(0), /re/, 'x'.repeat(40)]) {
  show(typeof v, () => path.normalize(v));
}
