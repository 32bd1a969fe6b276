'use strict';
// Request lines as llhttp reads them: extra spaces, HTTP/0.9 (with and without a version),
// 2.0, RTSP/, and the errors (code, reason, bytesParsed) for bad versions, protocols, methods
// and line endings.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  res.end(JSON.stringify({ method: req.method, url: req.url, version: req.httpVersion,
    major: req.httpVersionMajor, minor: req.httpVersionMinor, headers: req.rawHeaders }));
});
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, JSON.stringify(e.reason), e.bytesParsed);
  socket.destroy();
});

const lines = [
  'GET / HTTP/1.1 extra', 'GET / HTTP/1.1\n', 'GET / HTTP/1.1\r', 'GET / HTTP/2.0', 'GET / HTTP/2.1',
  'GET / HTTP/1.2', 'GET / HTTP/0.9', 'GET / HTTP/0.8', 'GET / HTTP/1.10', 'GET / HTTP/11.1',
  'GET / FOO/1.1', 'GET / http/1.1', 'GET / HTTP/1', 'GET / HTTP/1.', 'GET / HTTP/a.1', 'GET /',
  'GET / ', 'GET /  ', 'GET\t/ HTTP/1.1', 'GET   /x   HTTP/1.1', 'GET', 'GET ', 'GET  ',
  'GET / HTTP/1.1 ', 'GET / HTTP/1.1\t', 'GET / RTSP/1.0', 'GET / ICE/1.0', 'GET / HTTPS/1.1',
  'GET / HTTP1.1', ' GET / HTTP/1.1', 'GETX / HTTP/1.1', 'M-SEARCHING * HTTP/1.1', 'PU / HTTP/1.1',
];

server.listen(0, '127.0.0.1', async () => {
  for (const line of lines) {
    const request = line.endsWith('\n') ? `${line}Host: x\r\n\r\n` : `${line}\r\nHost: x\r\n\r\n`;
    console.log(JSON.stringify(line));
    await new Promise((resolve) => {
      const socket = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      socket.setEncoding('latin1');
      socket.on('data', (d) => { out += d; });
      socket.on('close', () => {
        if (out) {
          const status = out.split('\r\n')[0];
          const connection = /Connection: (\S+)/.exec(out)[1];
          console.log('  =>', status, connection, out.slice(out.indexOf('\r\n\r\n') + 4));
        }
        resolve();
      });
      socket.write(request, 'latin1');
      setTimeout(() => socket.end(), 50);
    });
  }
  server.close();
});
