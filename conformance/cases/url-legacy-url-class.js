// The Url class: fields, prototype methods, util.inspect.
const url = require('url');
const util = require('util');
const u = new url.Url();
console.log(u, Object.keys(u).length);
console.log(Object.keys(url.Url.prototype));
for (const k of Object.keys(url.Url.prototype)) console.log(k, url.Url.prototype[k].name, url.Url.prototype[k].length);
console.log(url.Url.name, url.Url.length, typeof url.Url);
try { url.Url(); } catch (e) { console.log(e.name); }
console.log(util.inspect(url.parse('http://a/?x=1', true), { compact: false }));
console.log(u.format(), JSON.stringify(u.resolve('http://x/y')));
