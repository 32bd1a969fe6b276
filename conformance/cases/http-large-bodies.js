'use strict';
// Large bodies both ways with backpressure: a 3 MB upload read in chunks, a 3 MB chunked response
// written with write()/'drain'; totals and a checksum only.
const http = require('http');
const SIZE = 3 * 1024 * 1024;
function checksum(buffers) {
  const all = Buffer.concat(buffers);
  let sum = 0;
  for (let i = 0; i < all.length; i += 997) sum = (sum + all[i]) % 65521;
  return sum;
}
const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const total = parts.reduce((n, b) => n + b.length, 0);
    console.log('server received', total, checksum(parts));
    let sent = 0;
    let drains = 0;
    const chunk = Buffer.alloc(64 * 1024, 'z');
    const pump = () => {
      while (sent < SIZE) {
        sent += chunk.length;
        if (!res.write(chunk)) { drains++; res.once('drain', pump); return; }
      }
      res.end(() => console.log('server response finished, drains > 0:', drains > 0));
    };
    pump();
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', headers: { 'Content-Length': SIZE } }, (res) => {
    const parts = [];
    res.on('data', (d) => parts.push(d));
    res.on('end', () => {
      console.log('client received', parts.reduce((n, b) => n + b.length, 0), checksum(parts), res.headers['transfer-encoding']);
      server.close();
    });
  });
  const body = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i++) body[i] = i % 251;
  req.end(body);
});
