// The y flag: a match must start exactly at lastIndex; nothing searches forward.
'use strict';
function run(label, fn) {
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(40), r);
}
run('/b/y.exec("ab")', () => {
  const re = /b/y;
  return [re.exec('ab'), re.lastIndex];
});
run('/b/y.exec("ab") at 1', () => {
  const re = /b/y;
  re.lastIndex = 1;
  const m = re.exec('ab');
  return [m && m.index, re.lastIndex];
});
run('/b/y.test("ab") twice from 1', () => {
  const re = /b/y;
  re.lastIndex = 1;
  return [re.test('ab'), re.lastIndex, re.test('ab'), re.lastIndex];
});
run('"ab".search(/b/y)', () => 'ab'.search(/b/y));
run('"ba".search(/b/y)', () => 'ba'.search(/b/y));
run('"ab".match(/b/y)', () => 'ab'.match(/b/y));
run('"bbab".match(/b/gy)', () => 'bbab'.match(/b/gy));
run('"bbab".replace(/b/gy, "-")', () => 'bbab'.replace(/b/gy, '-'));
run('"abab".replace(/b/y, "-")', () => 'abab'.replace(/b/y, '-'));
run('"abab".replace(/a/y, "-") lastIndex', () => {
  const re = /a/y;
  return ['abab'.replace(re, '-'), re.lastIndex, 'abab'.replace(re, '-'), re.lastIndex];
});
run('"bbab".replaceAll(/b/gy, "-")', () => 'bbab'.replaceAll(/b/gy, '-'));
run('[..."bbab".matchAll(/b/gy)]', () => [...'bbab'.matchAll(/b/gy)].map((m) => m.index));
// split ignores the sticky flag of its argument (the splitter is always sticky).
run('"a-b-c".split(/-/y)', () => 'a-b-c'.split(/-/y));
// ^ with y and m: only at lastIndex and only where ^ holds.
run('/^b/my at 2 in "a\\nb"', () => {
  const re = /^b/my;
  re.lastIndex = 2;
  return [re.test('a\nb'), re.lastIndex];
});
run('/^b/y at 1 in "ab"', () => {
  const re = /^b/y;
  re.lastIndex = 1;
  return [re.test('ab'), re.lastIndex];
});
// Failure resets lastIndex to 0.
run('/a/y failure resets lastIndex', () => {
  const re = /a/y;
  re.lastIndex = 1;
  return [re.exec('aba'), re.lastIndex];
});
// Sticky inside alternation and lookbehind.
run('/a|b/y from 1 "xba"', () => {
  const re = /a|b/y;
  re.lastIndex = 1;
  const m = re.exec('xba');
  return [m[0], m.index, re.lastIndex];
});
run('/(?<=x)b/y from 1 "xb"', () => {
  const re = /(?<=x)b/y;
  re.lastIndex = 1;
  const m = re.exec('xb');
  return [m && m[0], re.lastIndex];
});
run('sticky getter', () => [/a/y.sticky, /a/.sticky, /a/gy.flags]);
