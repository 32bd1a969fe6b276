'use strict';
// Request lines llhttp rejects: unknown or lower-case methods, bytes outside visible ASCII in the
// target (path or query), bad versions; the 'clientError' code and message for each.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`ok ${req.method} ${req.url}`));
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, e.message);
  socket.destroy();
});

server.listen(0, '127.0.0.1', async () => {
  for (const line of [
    'FOO / HTTP/1.1', 'get / HTTP/1.1', 'BAD REQUEST', 'GET /\xe9 HTTP/1.1', 'GET /a?b=\xe9 HTTP/1.1',
    'GET /a\x01b HTTP/1.1', 'QUERY /q HTTP/1.1',
    'SEARCH /s HTTP/1.1', 'GET /ok HTTP/1.1',
  ]) {
    console.log(JSON.stringify(line));
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { out += d; });
      c.on('close', () => {
        if (out) console.log('  =>', JSON.stringify(out.split('\r\n')[0]), JSON.stringify(out.slice(out.indexOf('\r\n\r\n') + 4)));
        resolve();
      });
      c.write(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`, 'latin1');
    });
  }
  server.close();
});
