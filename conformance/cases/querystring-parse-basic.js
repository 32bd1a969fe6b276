const qs = require('querystring');
console.log(qs.parse('a=1&b=2&c=3'));
console.log(qs.parse('foo=bar&baz=qux&foo=quux'));
console.log(qs.parse('name=John%20Doe&city=New+York'));
console.log(qs.parse('a=1&a=2&a=3&b=x'));
const r = qs.parse('x=1&y=&z');
console.log(r, Object.keys(r), r.z === '', r.y === '');
console.log(JSON.stringify(qs.parse('k=v&k2=v2')));
