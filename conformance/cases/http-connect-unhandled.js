'use strict';
// A CONNECT request to a server without a 'connect' listener: the connection is closed; a
// client without a 'connect' listener has its socket destroyed.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('plain'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => {
    console.log('raw CONNECT reply', JSON.stringify(out));
    const proxy = net.createServer((s) => s.once('data', () => s.write('HTTP/1.1 200 OK\r\n\r\nextra')));
    proxy.listen(0, '127.0.0.1', () => {
      const req = http.request({ port: proxy.address().port, host: '127.0.0.1', method: 'CONNECT', path: 'x:1', agent: false });
      req.on('response', () => console.log('response event'));
      req.on('error', (e) => console.log('client error', e.code, e.message));
      req.on('close', () => {
        console.log('client close', req.destroyed);
        proxy.close();
        server.close();
      });
      req.end();
    });
  });
  c.write('CONNECT example:443 HTTP/1.1\r\nHost: example:443\r\n\r\n');
});
