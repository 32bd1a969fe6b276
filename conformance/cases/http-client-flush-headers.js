'use strict';
// ClientRequest head timing: setHeader before flushHeaders works, after it throws; the server
// sees the head before any body; headersSent flips at flushHeaders.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server head', req.method, JSON.stringify({ ...req.headers, host: '<host>' }));
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server body', JSON.stringify(body));
    res.end('ok');
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', agent: false });
  req.setHeader('X-Before', '1');
  console.log('headersSent', req.headersSent);
  req.flushHeaders();
  console.log('headersSent', req.headersSent);
  try {
    req.setHeader('X-After', '2');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    req.removeHeader('X-Before');
  } catch (e) {
    console.log(e.code, e.message);
  }
  console.log('getHeader', req.getHeader('x-before'), JSON.stringify(req.getHeaderNames()));
  setTimeout(() => {
    req.write('late ');
    req.end('body');
  }, 30);
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => {
      console.log('done', res.statusCode);
      server.close();
    });
  });
});
