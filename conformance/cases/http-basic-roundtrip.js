'use strict';
// A server and a client in one process: method, url, headers, body both ways, status line.
const http = require('http');
const server = http.createServer((req, res) => {
  const h = { ...req.headers };
  h.host = h.host.replace(/:\d+$/, ':PORT');
  console.log('server:', req.method, req.url, req.httpVersion, h);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server body:', JSON.stringify(body), 'complete', req.complete);
    res.statusCode = 202;
    res.statusMessage = 'Taken';
    res.setHeader('X-Echo', body.length);
    res.end(body.toUpperCase());
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'put', path: '/a/b?c=d', headers: { 'X-Custom': 'v', 'Content-Type': 'text/plain' } }, (res) => {
    console.log('client:', res.statusCode, res.statusMessage, res.httpVersion, res.headers['x-echo'], res.headers['content-length'], res.headers.connection);
    console.log('raw names:', res.rawHeaders.filter((_, i) => i % 2 === 0).join(','));
    const chunks = [];
    res.on('data', (d) => chunks.push(d));
    res.on('end', () => {
      console.log('client body:', Buffer.concat(chunks).toString(), 'complete', res.complete);
      server.close(() => console.log('closed'));
    });
  });
  console.log('req:', req.method, req.path, req.host, req.protocol, req.getHeader('host').replace(/\d+$/, 'PORT'));
  req.write('hello ');
  req.end('world');
});
