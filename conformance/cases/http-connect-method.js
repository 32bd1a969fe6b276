'use strict';
// CONNECT: the server's 'connect' event gets the request, the socket and the bytes after the
// head; the client's 'connect' event gets the response, socket and head; data flows raw after.
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.method, req.url, JSON.stringify(req.headers['x-tunnel']), JSON.stringify(String(head)));
  socket.write('HTTP/1.1 200 Connection Established\r\nX-Proxy: yes\r\n\r\nearly-bytes');
  socket.on('data', (d) => {
    console.log('server tunnel data', JSON.stringify(String(d)));
    socket.end('bye');
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'CONNECT', path: 'example.test:443',
    agent: false, headers: { 'X-Tunnel': 't1' },
  });
  req.on('connect', (res, socket, head) => {
    console.log('client connect', res.statusCode, res.statusMessage, res.headers['x-proxy'], JSON.stringify(String(head)));
    socket.write('tunnel-hello');
    let got = '';
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => {
      console.log('client tunnel got', JSON.stringify(got));
      socket.end();
      server.close();
    });
  });
  req.on('response', () => console.log('unexpected response'));
  req.end();
});
