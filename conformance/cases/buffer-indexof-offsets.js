// indexOf / lastIndexOf byteOffset handling: negative, huge, NaN, strings, fractions, empty needles.
'use strict';
const b = Buffer.from('abcdabcdab');
const offsets = [undefined, 0, 1, 3, 4, 9, 10, 11, 100, -1, -3, -9, -10, -11, -100, NaN, 1.5, -1.5,
  '2', 'abc', null, true, false, {}, [], [3], Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 32 + 1,
  -(2 ** 32 + 1)];
const needles = ['ab', 'b', '', Buffer.from('da'), Buffer.alloc(0), 0x62, 0x61];
for (const n of needles) {
  const name = typeof n === 'string' ? JSON.stringify(n) : Buffer.isBuffer(n) ? `<${n.toString('hex')}>` : n;
  const row = [];
  for (const o of offsets) {
    try {
      row.push(`${b.indexOf(n, o)}/${b.lastIndexOf(n, o)}`);
    } catch (e) {
      row.push(e.code);
    }
  }
  console.log(name, row.join(' '));
}
const e = Buffer.alloc(0);
for (const o of [undefined, 0, 1, -1, NaN]) {
  console.log('empty', o, e.indexOf('', o), e.lastIndexOf('', o), e.indexOf(Buffer.alloc(0), o), e.indexOf(0, o));
}
console.log(b.indexOf('ab', 'latin1'), b.lastIndexOf('ab', 'latin1'));
console.log(b.includes('ab', -2), b.includes('ab', 9), b.includes('', 100));
// A fractional negative offset that truncates to -0 still reports +0.
console.log(Object.is(b.indexOf('', -0.5), 0), Object.is(b.lastIndexOf(Buffer.alloc(0), -0.5), 0),
  Object.is(b.indexOf('ab', -0.5), 0), Object.is(b.indexOf('', -0), 0), Object.is(b.indexOf(0x61, -0.5), 0));
