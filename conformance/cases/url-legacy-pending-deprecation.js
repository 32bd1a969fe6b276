// With NODE_PENDING_DEPRECATION=1, url.parse() warns once (DEP0169).
const url = require('url');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
url.parse('http://a/');
url.parse('http://b/');
url.resolve('http://a/', 'b');
console.log('done');
