'use strict';
// Malformed responses to a client: each fails the request with llhttp's code and reason.
const http = require('http');
const net = require('net');

const replies = [
  'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  'HTPT/1.1 200 OK\r\n\r\n',
  'HTTP/1.1 2x0 OK\r\n\r\n',
  'HTTP/1.1 20 OK\r\n\r\n',
  'HTTP/9.9 200 OK\r\n\r\n',
  'garbage\r\n\r\n',
  'HTTP/1.1 200 OK\r\nBad Header\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab',
  '',
];
let i = 0;
const server = net.createServer((socket) => {
  const reply = replies[i++];
  socket.once('data', () => socket.end(reply));
});

function get(n) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
      log.push(`response ${res.statusCode}`);
      res.on('data', (d) => log.push(`data ${d}`));
      res.on('aborted', () => log.push('aborted'));
      res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => log.push('end'));
    });
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}${e.reason ? ` reason=${e.reason}` : ''}`));
    req.on('close', () => setTimeout(() => {
      console.log(JSON.stringify(replies[n]), '=>', log.join(' | '));
      resolve();
    }, 20));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (let n = 0; n < replies.length; n++) await get(n);
  server.close();
});
