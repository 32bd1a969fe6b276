// A function replacer gets (match, ...captures, offset, string, groups) - groups only when the
// regexp has named groups, as a null-prototype object in group order; unmatched captures are
// undefined; the result is ToString'd and not re-expanded.
'use strict';
function args(...a) {
  return a.map((x) => {
    if (x === undefined) return 'undefined';
    if (x !== null && typeof x === 'object') {
      const proto = Object.getPrototypeOf(x) === null ? 'null-proto' : 'object';
      return proto + JSON.stringify(Object.entries(x));
    }
    return JSON.stringify(x);
  }).join(', ');
}
function replace(s, re) {
  const calls = [];
  const out = s.replace(re, function (...a) {
    calls.push(`(${args(...a)})` + (this === undefined ? '' : ' this=' + typeof this));
    return `<${calls.length}>`;
  });
  console.log(String(re), JSON.stringify(s), '->', JSON.stringify(out));
  for (const c of calls) console.log('   ', c);
}
replace('2024-05-06 and 1999-12-31', /(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/g);
replace('ab', /(?<x>a)|(?<y>b)/g);
replace('ab', /(?<first>a)(b)?(?<third>c)?/);
replace('ab', /(a)(b)?(c)?/);
replace('ab', /(?:)/g);
replace('\u{1F600}\u{1F600}', /(?<e>)/gu);
replace('xyz', /(?<z>z)(?<=(?<w>y)z)/);
// Return values: numbers, undefined, objects (ToString once each), a "$&" that stays as it is.
const obj = {
  n: 0,
  toString() {
    this.n++;
    return '#';
  },
};
console.log(JSON.stringify('aXa'.replace(/a/g, () => 7)));
console.log(JSON.stringify('aXa'.replace(/a/g, () => undefined)));
console.log(JSON.stringify('aXa'.replace(/a/g, () => obj)), obj.n);
console.log(JSON.stringify('aXa'.replace(/(a)/g, () => '$&$1$$')));
// The replacer runs after all matches are found: changing lastIndex inside it changes nothing.
{
  const re = /a/g;
  const seen = [];
  console.log(JSON.stringify('aaa'.replace(re, (m, off) => {
    seen.push(off + ':' + re.lastIndex);
    re.lastIndex = 0;
    return 'b';
  })), seen.join(' '), re.lastIndex);
}
// A replacer that throws: the error propagates.
try {
  'abc'.replace(/b/, () => {
    throw new Error('from replacer');
  });
} catch (e) {
  console.log(e.message);
}
