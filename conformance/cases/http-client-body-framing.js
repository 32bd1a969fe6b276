'use strict';
// How a ClientRequest frames its body on the wire: write() → chunked for POST, end(data) →
// Content-Length, GET with a body, explicit Content-Length, explicit Transfer-Encoding.
const http = require('http');
const net = require('net');

const seen = [];
const server = net.createServer((socket) => {
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.once('data', () => setTimeout(() => {
    seen.push(data.replace(/Host: [^\r]*\r\n/, 'Host: <host>\r\n'));
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  }, 40));
});

function send(options, fn) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', agent: false, ...options }, (res) => {
      res.resume();
      res.on('end', () => {
        console.log(JSON.stringify(options), JSON.stringify(seen.shift()));
        resolve();
      });
    });
    fn(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await send({ method: 'POST' }, (req) => { req.write('abc'); req.write('de'); req.end(); });
  await send({ method: 'POST' }, (req) => req.end('abcde'));
  await send({ method: 'POST' }, (req) => req.end());
  await send({ method: 'GET' }, (req) => { req.write('body'); req.end(); });
  await send({ method: 'GET' }, (req) => req.end('body'));
  await send({ method: 'DELETE' }, (req) => req.end());
  await send({ method: 'POST', headers: { 'Content-Length': 4 } }, (req) => { req.write('ab'); req.end('cd'); });
  await send({ method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (req) => req.end('xyz'));
  await send({ method: 'PUT', headers: { 'Content-Type': 'text/plain' } }, (req) => { req.write(Buffer.from('buf')); req.end(); });
  await send({ method: 'POST', headers: ['X-Raw', 'a', 'Content-Length', '2'] }, (req) => req.end('hi'));
  server.close();
});
