'use strict';
// HEAD responses carry no body whatever the handler writes: framing headers are still sent
// (Content-Length from end(data), chunked when unknown), and the connection stays usable.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/end-data') {
    res.end('hello world');
  } else if (req.url === '/writes') {
    const ret = res.write('abc', () => console.log('  write callback on HEAD'));
    console.log('  write returned', ret);
    res.end('def');
  } else if (req.url === '/explicit') {
    res.writeHead(200, { 'Content-Length': '42' });
    res.end();
  } else {
    res.end();
  }
  res.on('finish', () => console.log('  finish', req.method, req.url));
});

function raw(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
    socket.write(text);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const requests = ['/end-data', '/writes', '/explicit', '/empty'].map((path) =>
    `HEAD ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  // All pipelined on one connection; the last asks to close.
  requests.push('GET /end-data HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const reply = await raw(port, requests.join(''));
  console.log(reply.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n').replace(/\r\n/g, '\\r\\n\n'));
  server.close();
});
