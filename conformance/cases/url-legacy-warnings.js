// DEP0170 is emitted once per process, for the first invalid port only.
const url = require('url');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
url.parse('http://host:abc/x');
url.parse('http://other:def/x');
url.parse('http://fine:80/x');
url.format('http://third:x/');
console.log('sync done');
setTimeout(() => console.log('later'), 1);
