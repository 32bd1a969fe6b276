// GetSubstitution: $1..$99, $0, $00, $01, $10 with fewer groups, $& $` $' $$, $<name> with
// and without named groups, unterminated $<, a lone $ and unmatched groups.
'use strict';
const templates = [
  '[$1]', '[$2]', '[$3]', '[$9]', '[$0]', '[$00]', '[$01]', '[$02]', '[$10]', '[$11]', '[$20]', '[$99]',
  '[$&]', '[$`]', "[$']", '[$$]', '[$$1]', '[$]', '$', '[$<a>]', '[$<b>]', '[$<nope>]', '[$<]', '[$<a]',
  '[$<>]', '[$<$1>]', '[$>]', '[$ 1]', '[$-]', '$$$', "$'$`",
];
const regexps = [
  /(b)(c)?/,
  /(?<a>b)(?<b>c)?/,
  /(?<a>b)(x)?/g,
  /b/,
  /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/,
];
const subject = 'abcd';
for (const re of regexps) {
  const s = re.source.startsWith('(a)') ? 'abcdefghijkl' : subject;
  console.log(String(re), JSON.stringify(s));
  for (const t of templates) {
    console.log('  ', JSON.stringify(t).padEnd(12), JSON.stringify(s.replace(re, t)));
  }
}
// A string pattern gets the same substitutions, except the numbered and named ones.
for (const t of ['[$&]', '[$`]', "[$']", '[$$]', '[$1]', '[$<a>]']) {
  console.log('string pattern', JSON.stringify(t), JSON.stringify('abcd'.replace('bc', t)), JSON.stringify('abcbc'.replaceAll('bc', t)));
}
// A groups object that is not an object, from a user exec: ToObject, and $<name> reads it.
{
  const re = /b/;
  re.exec = function () {
    return { 0: 'b', index: 1, length: 1, groups: 'xy' };
  };
  console.log('groups "xy":', JSON.stringify('abc'.replace(re, '[$<length>|$<z>]')));
  re.exec = function () {
    return { 0: 'b', index: 1, length: 1, groups: { z: 5, u: undefined } };
  };
  console.log('groups {z:5,u}:', JSON.stringify('abc'.replace(re, '[$<z>|$<u>|$<w>]')));
  re.exec = function () {
    return { 0: 'b', index: 1, length: 1, groups: null };
  };
  try {
    'abc'.replace(re, '[$<z>]');
  } catch (e) {
    console.log('groups null:', e.name);
  }
}
