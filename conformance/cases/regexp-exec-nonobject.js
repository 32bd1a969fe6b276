// RegExpExec: a user exec that returns neither an object nor null is a TypeError, in every
// method that calls it; a non-callable exec falls back to the built-in one, which requires a
// real RegExp receiver.
'use strict';
const P = RegExp.prototype;
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'throw', e.name + ':', e.message);
  }
}
for (const value of [undefined, 1, 'abc', true, Symbol('s'), 1n]) {
  const desc = typeof value === 'symbol' ? 'symbol' : typeof value === 'bigint' ? '1n' : JSON.stringify(value);
  const re = /a/g;
  re.exec = () => value;
  attempt(`exec returns ${desc}: test`, () => re.test('a'));
  attempt(`exec returns ${desc}: match`, () => 'a'.match(re));
  attempt(`exec returns ${desc}: replace`, () => 'a'.replace(re, 'b'));
  attempt(`exec returns ${desc}: search`, () => 'a'.search(re));
}
// Objects (including functions and arrays) are accepted as results.
{
  const re = /a/;
  re.exec = () => function () {};
  attempt('exec returns a function: test', () => re.test('a'));
  re.exec = () => [];
  attempt('exec returns []: replace', () => 'xay'.replace(re, '-'));
  re.exec = () => null;
  attempt('exec returns null: test', () => re.test('a'));
}
// Not callable: the built-in exec.
{
  const re = /a/;
  re.exec = 42;
  attempt('exec = 42 on a RegExp: test', () => re.test('xa'));
  attempt('exec = 42 on a RegExp: match', () => 'xa'.match(re));
  attempt('plain object without exec: test', () => P.test.call({}, 'a'));
  attempt('plain object, exec = 42: @@match', () => P[Symbol.match].call({ exec: 42, global: false }, 'a'));
}
// exec on the wrong receiver.
attempt('RegExp.prototype.exec.call({})', () => P.exec.call({}, 'a'));
attempt('RegExp.prototype.exec.call(RegExp.prototype)', () => P.exec.call(P, 'a'));
attempt('RegExp.prototype.test.call(1)', () => P.test.call(1, 'a'));
attempt('RegExp.prototype[@@replace].call("x")', () => P[Symbol.replace].call('x', 'a', 'b'));
