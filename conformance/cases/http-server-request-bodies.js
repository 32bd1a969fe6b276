'use strict';
// Request body framings the server decodes: chunk extensions and upper-case hex sizes, request
// trailers, empty chunked and zero-length bodies, and a body split across many small writes.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    const body = Buffer.concat(parts).toString('latin1');
    console.log(`${req.method} ${req.url}: ${JSON.stringify(body)} complete ${req.complete}`,
      `trailers ${JSON.stringify(req.trailers)} raw ${JSON.stringify(req.rawTrailers)}`);
    res.end('ok');
  });
});

function send(port, pieces) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      reply += d;
      if (reply.endsWith('ok')) socket.end();
    });
    socket.on('close', () => resolve());
    let i = 0;
    const next = () => {
      if (i < pieces.length) {
        socket.write(pieces[i++], 'latin1');
        setTimeout(next, 5);
      }
    };
    next();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const head = (path, extra) => `POST ${path} HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;
  await send(port, [`${head('/ext', 'Transfer-Encoding: chunked\r\n')}A;name=value\r\n0123456789\r\n3;flag\r\nabc\r\n0\r\n\r\n`]);
  await send(port, [`${head('/trailers', 'Transfer-Encoding: chunked\r\nTrailer: X-Sum\r\n')}4\r\nwxyz\r\n0\r\nX-Sum: 42\r\nX-Other: a\r\n\r\n`]);
  await send(port, [`${head('/empty-chunked', 'Transfer-Encoding: chunked\r\n')}0\r\n\r\n`]);
  await send(port, [`${head('/zero-length', 'Content-Length: 0\r\n')}`]);
  await send(port, [head('/split', 'Transfer-Encoding: chunked\r\n'), '5', '\r', '\nhel', 'lo\r\n', '0\r\n', '\r\n']);
  await send(port, [head('/split-length', 'Content-Length: 6\r\n'), 'ab', 'cd', 'ef']);
  server.close();
});
