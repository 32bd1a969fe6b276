'use strict';
// writeHead's argument forms and errors, statusMessage defaults, headers merged with setHeader.
const http = require('http');
const net = require('net');
const routes = {
  '/plain': (res) => { res.writeHead(200); res.end('a'); },
  '/reason': (res) => { res.writeHead(404, 'Gone Fishing', { 'X-A': 1 }); res.end(); },
  '/merged': (res) => { res.setHeader('X-A', 'set'); res.setHeader('X-B', 'kept'); res.writeHead(200, { 'X-A': 'head' }); res.end(); },
  '/array': (res) => { res.writeHead(200, ['X-A', '1', 'X-A', '2']); res.end(); },
  '/unknown': (res) => { res.writeHead(599); res.end(); },
  '/errors': (res) => {
    for (const code of [99, 1000, 'abc']) {
      try { res.writeHead(code); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    res.writeHead(200);
    try { res.writeHead(201); } catch (e) { console.log(e.code, e.message); }
    try { res.setHeader('x', 'y'); } catch (e) { console.log(e.code, e.message); }
    res.end('done', () => console.log('end callback'));
    res.end();
    res.write('late', (err) => console.log('late write callback', err && err.code));
    res.on('error', (e) => console.log('res error', e.code));
  },
};
const server = http.createServer((req, res) => routes[req.url](res));
server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(routes)) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      c.on('data', (d) => { out += d; });
      c.on('end', () => { console.log(path, JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))); resolve(); });
      c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
  }
  server.close();
});
