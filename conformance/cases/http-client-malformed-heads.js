'use strict';
// Response heads llhttp judges strictly (or leniently) that are easy to get wrong: a bad minor
// version, an unknown transfer coding before chunked (not chunked then: read until close), a CR
// without LF, LF-only line endings, CR CR LF after a value, a header line starting with a space.
const http = require('http');
const net = require('net');

const replies = [
  'HTTP/1.x 200 OK\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked, x\r\n\r\nraw body',
  'HTTP/1.1 200 OK\rX: y\r\n\r\n',
  'HTTP/1.1 200 OK\nX: y\nContent-Length: 2\n\nok',
  'HTTP/1.1 200 OK\r\nX: y\r\r\n\r\n',
  'HTTP/1.1 200 OK\r\n X: y\r\n\r\n',
];
let next = 0;
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  const reply = replies[next++];
  socket.once('data', () => socket.end(reply));
});

function get() {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`response ${res.statusCode} ${JSON.stringify(res.headers)} ${JSON.stringify(body)}`));
      res.on('error', (e) => resolve(`res error ${e.code} ${e.message}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const reply of replies) console.log(JSON.stringify(reply), '->', await get());
  server.close();
});
