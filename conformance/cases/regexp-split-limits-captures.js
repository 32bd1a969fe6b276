// @@split: limit coercion (ToUint32: 0, 1, 2, 2**32+1 -> 1, -1 -> 2**32-1, strings, NaN),
// captures spliced into the result (undefined when they did not participate), empty input,
// empty matches, and a limit that cuts through the captures.
'use strict';
const limits = [undefined, 0, 1, 2, 3, 4, 2 ** 32 + 1, 2 ** 32, 2 ** 32 - 1, -1, '2', 1.9, NaN, null, true];
const cases = [
  ['a,b,,c', /,/],
  ['a1b2c', /(\d)/],
  ['a1b2c', /(\d)(x)?/],
  ['a1b22c', /(?<d>\d)+/],
  ['abc', /(?:)/],
  ['abc', /(b)|(?:)/],
  ['', /,/],
  ['', /(?:)/],
  ['abc', /$/],
  ['abc', /^/m],
  ['a\nb', /^/m],
  ['\u{1F600}x\u{1F600}', /(?:)/u],
  ['\u{1F600}x\u{1F600}', /(?:)/],
  ['AbaB', /b/i],
  ['test', /(?=s)/],
];
for (const [s, re] of cases) {
  console.log(JSON.stringify(s), String(re));
  const row = limits.map((l) => {
    const r = s.split(re, l);
    return JSON.stringify(r.map((x) => (x === undefined ? '<undefined>' : x)));
  });
  for (let i = 0; i < limits.length; i++) console.log('   limit', String(limits[i]).padEnd(10), row[i]);
}
// The limit is converted before the splitter is used, and once.
let n = 0;
const limit = {
  valueOf() {
    n++;
    return 2;
  },
};
console.log(JSON.stringify('a,b,c'.split(/,/, limit)), n);
// The splitter never matches an empty string at the very end, and a match at the start gives
// a leading empty string.
console.log(JSON.stringify(',a,'.split(/,/)), JSON.stringify('ab'.split(/b*/)), JSON.stringify('ab'.split(/a*?/)));
