'use strict';
// Malformed requests with no 'clientError' listener: the server answers 400 (431 for an oversized
// head) and closes; with a listener, the error's code, reason and bytesParsed.
const http = require('http');
const net = require('net');

const bad = [
  'G@T / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'a'.repeat(17000) + '\r\n\r\n',
];

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.write(data);
  });
}

const quiet = http.createServer((req, res) => res.end(`ok ${req.method}`));
const listening = http.createServer((req, res) => res.end('ok'));
listening.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, JSON.stringify(err.reason), typeof err.bytesParsed, Buffer.isBuffer(err.rawPacket));
  socket.destroy();
});
quiet.listen(0, '127.0.0.1', () => listening.listen(0, '127.0.0.1', async () => {
  for (const data of bad) {
    console.log(JSON.stringify(data.slice(0, 60)));
    console.log('  default =>', JSON.stringify(await raw(quiet.address().port, data)));
    await raw(listening.address().port, data);
  }
  quiet.close();
  listening.close();
}));
