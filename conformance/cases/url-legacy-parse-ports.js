// Ports: digits only; anything else after ':' goes to the path, with one DEP0170 warning.
const url = require('url');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
for (const s of ['http://h:8080/x', 'http://h:/x', 'http://h:0', 'http://h:65536/', 'http://h:099/', 'http://h:abc/x',
  'http://h:8080abc/', 'http://h:1:2/', 'http://:80/', 'http://h:12/ok']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(u.port), u.host, u.hostname, u.pathname, u.href);
}
