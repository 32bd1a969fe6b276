'use strict';
// Request targets as the server sees them: origin-form with queries and encodings, absolute-form,
// asterisk-form, odd methods; the client's path option as sent.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log(JSON.stringify(req.method), JSON.stringify(req.url));
  res.end();
});

server.on('clientError', (e, socket) => {
  console.log('clientError', e.code);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

function raw(port, line) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('data', () => {});
    c.on('close', resolve);
    c.write(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const line of [
    'GET /a/b/../c?x=1&y=%20z#frag HTTP/1.1',
    'GET http://example.test:8080/abs?q HTTP/1.1',
    'OPTIONS * HTTP/1.1',
    'PROPFIND /dav HTTP/1.1',
    'M-SEARCH * HTTP/1.1',
    'PURGE /cache HTTP/1.1',
    'GET /%E2%98%83/\xe9 HTTP/1.1',
    'GET //double//slash HTTP/1.1',
  ]) await raw(port, line);
  for (const path of ['/p?q=1', '/with%20space', '/\u00e9', '*']) {
    await new Promise((resolve) => {
      http.request({ port, host: '127.0.0.1', path, method: 'OPTIONS', agent: false }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).end();
    });
  }
  server.close();
});
