'use strict';
// server.maxHeadersCount trims req.headers/rawHeaders; the maxHeaderSize option answers 431;
// http.maxHeaderSize; a head just under the default 16 KiB limit passes.
const http = require('http');
const net = require('net');

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.on('error', (e) => console.log('  client error', e.code));
    c.write(data);
  });
}

console.log('http.maxHeaderSize', http.maxHeaderSize);
const server = http.createServer((req, res) => {
  console.log('  request', req.url, req.rawHeaders.length, Object.keys(req.headers).join(','));
  res.end('ok');
});
server.maxHeadersCount = 3;
const small = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('small ok'));
small.on('clientError', (err, socket) => {
  console.log('  small clientError', err.code, err.message, err.bytesParsed > 0);
  socket.end('HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
});

server.listen(0, '127.0.0.1', () => small.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const many = 'GET /many HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nConnection: close\r\n\r\n';
  console.log(JSON.stringify(await raw(port, many)));
  server.maxHeadersCount = 0;
  console.log(JSON.stringify(await raw(port, many.replace('/many', '/zero'))));
  const near = 'GET /near HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Pad: ' + 'p'.repeat(16000) + '\r\n\r\n';
  console.log('near', JSON.stringify(await raw(port, near)).slice(0, 80));
  const over = 'GET /over HTTP/1.1\r\nHost: x\r\nX-Pad: ' + 'p'.repeat(17000) + '\r\n\r\n';
  console.log('over', JSON.stringify(await raw(port, over)));
  const sport = small.address().port;
  console.log('small fits', JSON.stringify(await raw(sport, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log('small over', JSON.stringify(await raw(sport, 'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'y'.repeat(200) + '\r\n\r\n')));
  server.close();
  small.close();
}));
