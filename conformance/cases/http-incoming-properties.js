'use strict';
// IncomingMessage on both sides: complete, aborted, httpVersion*, rawHeaders casing, headers and
// headersDistinct merge rules, url/method/statusCode/statusMessage defaults.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/client') {
    res.writeHead(200, 'Okay Then', [
      'Set-Cookie', 'a=1', 'set-cookie', 'b=2', 'X-Dup', 'one', 'x-dup', 'two', 'Content-Type', 'text/plain',
      'Age', '1', 'age', '2', 'WWW-Authenticate', 'x', 'www-authenticate', 'y',
    ]);
    res.end('body');
    return;
  }
  console.log('server', req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log('  statusCode', req.statusCode, 'statusMessage', req.statusMessage, 'complete', req.complete, 'aborted', req.aborted, 'upgrade', req.upgrade);
  console.log('  rawHeaders', JSON.stringify(req.rawHeaders));
  console.log('  headers', JSON.stringify(req.headers));
  console.log('  headersDistinct', JSON.stringify(req.headersDistinct));
  req.resume();
  req.on('end', () => {
    console.log('  after end complete', req.complete, req.readableEnded);
    res.end('raw');
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('POST /path?q=1&r=%20 HTTP/1.1\r\nHost: example\r\nX-Dup: 1\r\nx-dup: 2\r\nCookie: a=1\r\ncookie: b=2\r\n' +
      'Content-Type: text/a\r\ncontent-type: text/b\r\nUser-Agent: ua1\r\nuser-agent: ua2\r\nFrom: f1\r\nfrom: f2\r\n' +
      'ACCEPT: x\r\naccept: y\r\nContent-Length: 3\r\n\r\nabc');
  });
  c.resume();
  c.on('close', () => {
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false, path: '/client' }, (res) => {
      console.log('client', res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion, res.method, res.url);
      console.log('  rawHeaders', JSON.stringify(res.rawHeaders.filter((h, i, a) => !/^date$/i.test(a[i - (i % 2)]))));
      const headers = { ...res.headers };
      delete headers.date;
      console.log('  headers', JSON.stringify(headers));
      console.log('  complete before', res.complete);
      res.resume();
      res.on('end', () => {
        console.log('  complete after', res.complete, res.aborted);
        server.close();
      });
    });
  });
});
