const qs = require('querystring');
console.log(Object.keys(qs));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
for (const k of Object.keys(qs)) console.log(k, qs[k].name, qs[k].length);
console.log(require('node:querystring') === qs);
console.log(typeof require('querystring').parse);
