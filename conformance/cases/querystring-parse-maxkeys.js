const qs = require('querystring');
const input = 'a=1&b=2&c=3&d=4';
for (const maxKeys of [undefined, 0, -1, 1, 2, 3, 4, 5, 1.5, 2.5, NaN, Infinity, -Infinity, '2', null]) {
  console.log(String(maxKeys), JSON.stringify(qs.parse(input, null, null, { maxKeys })));
}
console.log('empties count:', JSON.stringify(qs.parse('&a=1&&b=2&c=3', null, null, { maxKeys: 2 })));
console.log('empties count:', JSON.stringify(qs.parse('&&&a=1', null, null, { maxKeys: 3 })));
console.log('repeats count:', JSON.stringify(qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 })));
console.log('multichar:', JSON.stringify(qs.parse('a=1&&&&b=2&&c=3', '&&', null, { maxKeys: 2 })));
