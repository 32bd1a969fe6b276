// node:url exports, in Node's order, with their names and lengths.
const url = require('url');
console.log(Object.keys(url).join(','));
for (const k of Object.keys(url)) console.log(k, typeof url[k], url[k].name, url[k].length);
console.log(require('node:url') === url);
import('node:url').then((m) => console.log(Object.keys(m).sort().join(','), m.parse === url.parse));
