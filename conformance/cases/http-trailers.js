'use strict';
// addTrailers: the trailer section on the wire, the Trailer header, and what the other side
// reports (req.trailers on the server, res.trailers on the client).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    console.log('server trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers), req.complete);
    if (req.url === '/trailers') {
      res.writeHead(200, { 'Trailer': 'X-Checksum', 'Content-Type': 'text/plain' });
      res.write('body');
      res.addTrailers({ 'X-Checksum': 'abc123', 'x-other': ['1', '2'] });
      res.end();
    } else if (req.url === '/array-trailers') {
      res.addTrailers([['X-A', '1'], ['X-A', '2'], ['X-B', '3']]);
      res.end('x');
    } else if (req.url === '/length') {
      // A Content-Length body has nowhere to carry trailers: they are dropped.
      res.setHeader('Content-Length', 2);
      res.addTrailers({ 'X-Lost': 'yes' });
      res.end('ok');
    } else {
      res.end();
    }
  });
});

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.write(data);
  });
}

function get(port, path) {
  return new Promise((resolve) => http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('client', path, JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      resolve();
    });
  }));
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of ['/trailers', '/array-trailers', '/length']) {
    console.log(path, JSON.stringify(await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)));
  }
  console.log(JSON.stringify(await raw(port,
    'POST /in HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '3\r\nabc\r\n0\r\nX-Sum: 1\r\nx-sum: 2\r\nCookie: a\r\nCookie: b\r\n\r\n')));
  for (const path of ['/trailers', '/array-trailers', '/length']) await get(port, path);
  server.close();
});
