'use strict';
// Response heads llhttp accepts or rejects at the status line and header lines: status codes at
// the edges (000, 999, four digits), no reason phrase, a reason with odd bytes, RTSP/ICE
// protocols, obs-fold, a bare LF or CR in a value, a space before a colon, an empty
// Content-Length, a coding list not ending in chunked (read until close), with bytesParsed.
const http = require('http');
const net = require('net');

const replies = [
  'HTTP/1.1 000 Zero\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 999 Nine\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 2000 OK\r\n\r\n',
  'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 O\u0001K \u00e9\r\nContent-Length: 0\r\n\r\n',
  'RTSP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n',
  'ICE/1.0 200 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTPS/1.1 200 OK\r\n\r\n',
  'HTTP/11.1 200 OK\r\n\r\n',
  'HTTP/1.1  200 OK\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a  \t\r\nY:\t b c \r\nZ:\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a\r\n  b\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: y\nZ: w\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX :a\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length :1\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a\u007fb\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX:\r\n y\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: y\r\n\rz',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc',
];
let next = 0;
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  const reply = replies[next++];
  socket.once('data', () => socket.end(reply, 'latin1'));
});

function get() {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`response ${res.statusCode} ${JSON.stringify(res.statusMessage)} ` +
        `${res.httpVersion} ${JSON.stringify(res.rawHeaders)} ${JSON.stringify(body)}`));
      res.on('error', (e) => resolve(`res error ${e.code} ${e.message}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message} bytesParsed=${e.bytesParsed}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const reply of replies) console.log(JSON.stringify(reply), '->', await get());
  server.close();
});
