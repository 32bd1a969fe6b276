// Multi-character separators are matched without backtracking, as Node does.
const qs = require('querystring');
const cases = [
  ['a==1&&b==2', '&&', '=='], ['x=1aab=2', 'ab'], ['x=1ab=2', 'ab'], ['a==b===c', '&&', '=='], ['aab1', '&', 'ab'],
  ['k=v&&&k2=v2', '&&'], ['a&=1=&b&=2', '=&', '&='], ['a=1&b', '&&'], ['a=1&', '&&'], ['&&a=1&&&&b=2&&', '&&'],
  ['a<>1<=>b<>2', '<=>', '<>'], ['a=%41&&b=%42+%43', '&&'], ['k==%zz%41é', '&&', '=='], ['%41%42==\ud83d%', '&&', '=='],
];
for (const [s, sep, eq] of cases) console.log(JSON.stringify([s, sep, eq]), '->', JSON.stringify(qs.parse(s, sep, eq)));
