const qs = require('querystring');
const r = qs.parse('a=1&a=2&a=3&b=&b=&c=x');
console.log(r);
console.log(Array.isArray(r.a), r.a.length, Array.isArray(r.b), typeof r.c);
console.log(qs.parse('a&a&a'));
console.log(qs.parse('=1&=2'));
console.log(qs.parse('a[]=1&a[]=2&a[b]=3'));
console.log(qs.parse('x=1&X=2&x=3'));
