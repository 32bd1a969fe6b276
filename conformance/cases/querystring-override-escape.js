const qs = require('querystring');
const original = qs.escape;
const seen = [];
qs.escape = (s) => { seen.push(s); return `E(${s})`; };
console.log(qs.stringify({ a: 'b', c: ['', 1e21], d: 2, e: null }));
console.log(JSON.stringify(seen));
qs.escape = original;
console.log(qs.stringify({ a: 'b c' }));
