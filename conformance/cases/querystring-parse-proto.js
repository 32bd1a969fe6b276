const qs = require('querystring');
const r = qs.parse('__proto__=polluted&constructor=c&hasOwnProperty=h&toString=t&valueOf=v');
console.log(Object.getPrototypeOf(r), Object.keys(r));
console.log(r.__proto__, r.constructor, r.toString, typeof r.valueOf);
console.log(({}).polluted, Object.prototype.polluted);
console.log(qs.parse('__proto__=1&__proto__=2'));
console.log(Object.getPrototypeOf(qs.parse('')), Object.getPrototypeOf(qs.parse('a=1')));
console.log(JSON.stringify(qs.parse('__proto__[x]=1')));
