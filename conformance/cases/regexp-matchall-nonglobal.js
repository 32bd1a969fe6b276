// String.prototype.matchAll: a regexp (IsRegExp) whose flags lack "g" is a TypeError; flags
// that are undefined or null too; a non-regexp argument becomes new RegExp(arg, "g").
'use strict';
function run(label, fn) {
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(36), r);
}
const idx = (it) => [...it].map((m) => m.index);
run('/a/', () => idx('aba'.matchAll(/a/)));
run('/a/y', () => idx('aba'.matchAll(/a/y)));
run('/a/g', () => idx('aba'.matchAll(/a/g)));
run('/a/gy', () => idx('aba'.matchAll(/a/gy)));
run('string "a"', () => idx('aba'.matchAll('a')));
run('string "."', () => idx('a.a'.matchAll('.')));
run('undefined', () => idx('ab'.matchAll(undefined)));
run('null', () => idx('a null'.matchAll(null)));
run('own flags "g" on /a/', () => {
  const re = /a/;
  Object.defineProperty(re, 'flags', { value: 'g' });
  return idx('aba'.matchAll(re));
});
run('own flags "" on /a/g', () => {
  const re = /a/g;
  Object.defineProperty(re, 'flags', { value: '' });
  return idx('aba'.matchAll(re));
});
run('Symbol.match object, flags undefined', () => 'a'.matchAll({ [Symbol.match]: true, flags: undefined }));
run('Symbol.match object, flags null', () => 'a'.matchAll({ [Symbol.match]: true, flags: null }));
run('Symbol.match object, flags "g"', () => {
  const o = {
    [Symbol.match]: true,
    flags: 'g',
    [Symbol.matchAll](s) {
      return ['custom', s];
    },
  };
  return 'a'.matchAll(o);
});
// @@matchAll itself does not require g (one result, then done).
run('RegExp.prototype[@@matchAll] /a/', () => idx(/a/[Symbol.matchAll]('aba')));
run('iterator protocol', () => {
  const it = 'ab'.matchAll(/./g);
  return [Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it,
    it.next().value[0], it.next().value[0], it.next(), it.next()];
});
