// Field order, prototype and types of parse results.
const url = require('url');
const u = url.parse('http://a.com/b?c#d');
console.log(Object.keys(u).join(','));
console.log(u instanceof url.Url, Object.getPrototypeOf(u) === url.Url.prototype, u.constructor === url.Url);
for (const [k, v] of Object.entries(u)) console.log(k, typeof v, JSON.stringify(v));
console.log(JSON.stringify(url.parse('x')));
console.log(Object.keys(url.parse('', true)).join(','), url.parse('', true).query);
