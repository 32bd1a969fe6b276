'use strict';
// Request lines where llhttp's leniency differs from a strict parser: an HTTP/2.0 version line,
// text after the version, two spaces before the target.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`ok ${req.method} ${req.url}`));
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, e.message);
  socket.destroy();
});

server.listen(0, '127.0.0.1', async () => {
  for (const line of ['GET / HTTP/2.0', 'GET / HTTP/1.1 extra', 'GET  / HTTP/1.1', 'GET /ok HTTP/1.1']) {
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
