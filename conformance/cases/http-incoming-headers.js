'use strict';
// IncomingMessage.headers from repeated fields: set-cookie arrays, cookie '; ', single-value
// fields keep the first, others join with ', '; rawHeaders keep case and order; headersDistinct.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.headers);
  console.log(req.rawHeaders);
  console.log(req.headersDistinct);
  res.end();
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('GET / HTTP/1.1\r\nHost: h\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nCookie: x=1\r\nCOOKIE: y=2\r\n' +
      'Content-Type: text/a\r\ncontent-type: text/b\r\nAccept: a\r\nACCEPT: b\r\nX-Thing: 1\r\nx-thing: 2\r\n' +
      'Authorization: one\r\nAuthorization: two\r\nX-Empty:\r\nX-Spaces:   padded   \r\nConnection: close\r\n\r\n');
  });
  c.resume();
});
