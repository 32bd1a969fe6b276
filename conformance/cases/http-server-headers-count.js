'use strict';
// server.maxHeadersCount cuts the request's header fields (headers, headersDistinct and
// rawHeaders alike) but not its trailers; 0 means no limit.
const http = require('http');
const net = require('net');

const request = 'POST / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nx-a: 2\r\nCookie: a=1\r\nCookie: b=2\r\n' +
  'Set-Cookie: s1\r\nContent-Type: t1\r\nContent-Type: t2\r\nTransfer-Encoding: chunked\r\n\r\n' +
  '1\r\nz\r\n0\r\nX-T: 1\r\nx-t: 2\r\nSet-Cookie: t\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n';

function run(maxHeadersCount) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        console.log(`maxHeadersCount ${maxHeadersCount}:`);
        console.log('  headers', JSON.stringify(req.headers));
        console.log('  distinct', JSON.stringify(req.headersDistinct));
        console.log('  raw', req.rawHeaders.length / 2, 'pairs');
        console.log('  trailers', JSON.stringify(req.trailers));
        console.log('  trailersDistinct', JSON.stringify(req.trailersDistinct));
        console.log('  rawTrailers', JSON.stringify(req.rawTrailers));
        res.end();
        server.close(resolve);
      });
    });
    if (maxHeadersCount !== undefined) server.maxHeadersCount = maxHeadersCount;
    server.listen(0, '127.0.0.1', () => {
      const socket = net.connect(server.address().port, '127.0.0.1');
      socket.end(request);
      socket.resume();
    });
  });
}

(async () => {
  await run(5);
  await run(2);
  await run(0);
  await run(undefined);
})();
