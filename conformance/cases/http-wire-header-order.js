'use strict';
// Response heads on the wire: casing and order from setHeader, writeHead objects and arrays,
// merged stores, arrays of values, appendHeader, setHeaders(Map/Headers).
const http = require('http');
const net = require('net');

const routes = {
  '/set': (res) => { res.setHeader('X-First', 'a'); res.setHeader('x-second', 'b'); res.setHeader('X-THIRD', 'c'); res.end('x'); },
  '/obj': (res) => { res.writeHead(200, { 'Zeta': '1', 'alpha': '2', 'MiXeD': '3' }); res.end(); },
  '/flat': (res) => { res.writeHead(201, ['B-One', '1', 'a-two', '2', 'B-One', '3']); res.end('yo'); },
  '/nested': (res) => { res.writeHead(202, 'Fine', [['X-N', '1'], ['X-N', '2'], ['Y', 'z']]); res.end(); },
  '/merge': (res) => { res.setHeader('X-Set', 's'); res.setHeader('X-Both', 'from-set'); res.writeHead(200, { 'X-Both': 'from-head', 'X-Head': 'h' }); res.end(); },
  '/merge-array': (res) => { res.setHeader('X-Set', 's'); res.setHeader('X-Both', 'from-set'); res.writeHead(200, ['X-Both', 'one', 'X-Both', 'two']); res.end(); },
  '/arrays': (res) => { res.setHeader('X-Multi', ['a', 'b', 'c']); res.setHeader('Set-Cookie', ['c=1', 'd=2']); res.setHeader('Cookie', ['e=1', 'f=2']); res.end(); },
  '/append': (res) => { res.appendHeader('X-App', '1'); res.appendHeader('x-app', ['2', '3']); res.appendHeader('Set-Cookie', 'a=b'); res.appendHeader('set-cookie', 'c=d'); res.end(); },
  '/map': (res) => { res.setHeaders(new Map([['X-Map', 'm'], ['Content-Type', 'text/plain'], ['set-cookie', ['s=1', 's=2']]])); res.end('map'); },
  '/headers': (res) => { const h = new Headers(); h.append('X-H', '1'); h.append('x-h', '2'); h.append('Set-Cookie', 'a=1'); h.append('Set-Cookie', 'b=2'); res.setHeaders(h); res.end(); },
  '/numbers': (res) => { res.setHeader('X-Num', 42); res.setHeader('Content-Length', 3); res.end('abc'); },
  '/status-only': (res) => { res.statusCode = 418; res.end(); },
  '/status-msg': (res) => { res.statusCode = 299; res.statusMessage = 'Custom Thing'; res.end(); },
  '/unknown-code': (res) => { res.writeHead(599); res.end(); },
};

const server = http.createServer((req, res) => routes[req.url](res));
function raw(port, path) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n')));
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(routes)) {
    console.log(path, JSON.stringify(await raw(server.address().port, path)));
  }
  server.close();
});
