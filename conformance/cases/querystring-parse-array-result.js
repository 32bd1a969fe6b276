const qs = require('querystring');
const r = qs.parse('a=1&a=2');
r.a.push('3');
console.log(r, r.a instanceof Array);
const r2 = qs.parse('a=x&a=y&a=z', null, null, { maxKeys: 2 });
console.log(r2);
console.log(qs.stringify(qs.parse('k=1&k=2&k=3')));
