'use strict';
// Header sections llhttp (strict) refuses or reads in a particular way: folded lines, bare LFs,
// whitespace around values and names, and Content-Length / Transfer-Encoding values; the
// 'clientError' code, reason and bytesParsed, or the headers the request got.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end(JSON.stringify(req.rawHeaders)));
});
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, JSON.stringify(e.reason), e.bytesParsed);
  socket.destroy();
});

const head = 'GET / HTTP/1.1\r\nHost: x\r\n';
const post = 'POST / HTTP/1.1\r\nHost: x\r\n';
const requests = [
  `${head}X-Fold: a\r\n  b\r\n\r\n`,
  `${head}X-Fold: a\r\n\tb\r\n\r\n`,
  `${head}X-Trail: value   \r\n\r\n`,
  `${head}X-Empty:\r\n\r\n`,
  `${head}X-Tab:\tval\tue\t\r\n\r\n`,
  `${head}NoColon\r\n\r\n`,
  `${head}X-Space : v\r\n\r\n`,
  'GET / HTTP/1.1\nHost: x\n\n',
  'GET / HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n',
  `${head}X-A: b\n\r\n`,
  `${head}Host: y\r\n\r\n`,
  '\r\n\r\nGET /lead HTTP/1.1\r\nHost: x\r\n\r\n',
  `${head}Content-Length: -1\r\n\r\n`,
  `${head}Content-Length: 1 2\r\n\r\n`,
  `${head}Content-Length: +1\r\n\r\nz`,
  `${head}Content-Length: 1 \r\n\r\nz`,
  `${head}Content-Length: 0x1\r\n\r\nz`,
  `${head}X-Ctl: a\x7fb\r\n\r\n`,
  `${head}X-Latin1: caf\xe9\r\n\r\n`,
  `${post}Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n`,
  `${post}Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n`,
  `${post}Transfer-Encoding: chunked,gzip\r\n\r\n0\r\n\r\n`,
  `${post}Transfer-Encoding: chunked , gzip\r\n\r\n0\r\n\r\n`,
  `${post}Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n`,
  `${post}Transfer-Encoding: CHUNKED\r\n\r\n0\r\n\r\n`,
  `${post}Transfer-Encoding: gzip\r\n\r\n`,
  `${post}Transfer-Encoding: chunkedx\r\n\r\n`,
];

server.listen(0, '127.0.0.1', async () => {
  for (const text of requests) {
    console.log(JSON.stringify(text));
    await new Promise((resolve) => {
      const socket = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      socket.setEncoding('latin1');
      socket.on('data', (d) => { out += d; });
      socket.on('close', () => {
        if (out) console.log('  =>', out.split('\r\n')[0], out.slice(out.indexOf('\r\n\r\n') + 4));
        resolve();
      });
      socket.write(text, 'latin1');
      setTimeout(() => socket.end(), 50);
    });
  }
  server.close();
});
