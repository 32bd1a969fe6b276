'use strict';
// Chunked responses from a raw server: chunk extensions, upper-case hex sizes, trailers
// (res.trailers, res.rawTrailers, set before and after 'end'), and an empty chunked body.
const http = require('http');
const net = require('net');

const replies = {
  '/trailers': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum, X-Other\r\n\r\n' +
    '4\r\nabcd\r\n3;ext=1\r\nefg\r\nA\r\n0123456789\r\n0\r\nX-Sum: 42\r\nx-other: a\r\nX-Other: b\r\nSet-Cookie: t=1\r\n\r\n',
  '/empty': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  '/no-trailers': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n',
  '/split': null,
};

const server = net.createServer((socket) => {
  socket.setEncoding('latin1');
  socket.once('data', (d) => {
    const path = /^GET (\S+)/.exec(d)[1];
    if (path === '/split') {
      // The chunk-size line, data and trailer arrive in separate writes.
      const parts = ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5', '\r\nhel', 'lo\r\n', '0\r\nX-Late', ': yes\r\n', '\r\n'];
      let i = 0;
      const next = () => {
        socket.write(parts[i++]);
        if (i < parts.length) setTimeout(next, 10);
        else socket.end();
      };
      next();
      return;
    }
    socket.end(replies[path]);
  });
});

function get(path) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false }, (res) => {
      const chunks = [];
      console.log(path, 'at response', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      res.on('data', (d) => chunks.push(String(d)));
      res.on('end', () => {
        console.log(path, 'body', JSON.stringify(chunks.join('')), 'complete', res.complete);
        console.log(path, 'trailers', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
        console.log(path, 'trailersDistinct', JSON.stringify(res.trailersDistinct));
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(replies)) await get(path);
  server.close();
});
