'use strict';
// Upgrade: the server's 'upgrade' event gets the socket and the bytes after the head; the client's
// 'upgrade' event gets the 101 response and its socket. Without an 'upgrade' listener on the
// server, an upgrade request is an ordinary request.
const http = require('http');
const server = http.createServer((req, res) => res.end(`plain ${req.headers.upgrade}`));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade:', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write(d.toString().toUpperCase()));
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', path: '/chat',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade:', res.statusCode, res.headers.upgrade, head.length);
    socket.on('data', (d) => { console.log('client got', d.toString()); socket.end(); });
    socket.on('close', () => {
      server.removeAllListeners('upgrade');
      http.get({ port: server.address().port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'x' } }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (d) => console.log('without listener:', res.statusCode, d));
        res.on('end', () => server.close());
      });
    });
    socket.write('ping');
  });
  req.end();
});
