'use strict';
// The client's response head limit: a head over 16 KiB fails the request with
// HPE_HEADER_OVERFLOW; the maxHeaderSize option raises or lowers it; a head just under passes.
const http = require('http');
const net = require('net');

const server = net.createServer((socket) => {
  socket.once('data', (d) => {
    const size = Number(/GET \/(\d+)/.exec(String(d))[1]);
    socket.end(`HTTP/1.1 200 OK\r\nX-Pad: ${'p'.repeat(size)}\r\nContent-Length: 2\r\n\r\nok`);
  });
});

function get(size, options = {}) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path: `/${size}`, agent: false, ...options }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(size, JSON.stringify(options), 'ok', res.headers['x-pad'].length, body);
        resolve();
      });
    });
    req.on('error', (e) => {
      console.log(size, JSON.stringify(options), 'error', e.code, e.message, typeof e.bytesParsed, Buffer.isBuffer(e.rawPacket));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get(100);
  await get(16000);
  await get(17000);
  await get(17000, { maxHeaderSize: 20000 });
  await get(500, { maxHeaderSize: 200 });
  server.close();
});
