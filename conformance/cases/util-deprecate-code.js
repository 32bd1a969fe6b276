const util = require('util');
const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, typeof r, r.name, r.length);
  } catch (e) {
    console.log(label, `${e.name} [${e.code}] ${e.message}`);
  }
};
show('code number', () => util.deprecate(() => {}, 'msg', 5));
show('code null', () => util.deprecate(() => {}, 'msg', null));
show('code string', () => util.deprecate(function named(a, b) {}, 'msg', 'DEP0XXX'));
show('no code', () => util.deprecate(function named(a) {}, 'msg'));
console.log(util.deprecate.length);
