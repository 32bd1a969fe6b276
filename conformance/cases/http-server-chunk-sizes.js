'use strict';
// Chunk-size lines of a request body as llhttp reads them: leading zeros, extensions (bare,
// token and quoted values), whitespace (refused), overflow, and the error positions.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => res.end(`body ${JSON.stringify(Buffer.concat(parts).toString())}`));
});
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, JSON.stringify(e.reason), e.bytesParsed);
  socket.destroy();
});

const sizes = [
  '1', 'A', '01', '00000000000000001', 'fffffffffffffffff', '1 ', '1 ;a=b', '1\t', '  1', 'x',
  '1;', '1;a', '1;a=b', '1;a=b;c', '1;a="q v"', '1;a=b c', '1;a=', '1;=b', '1;a b', '1g',
];

server.listen(0, '127.0.0.1', async () => {
  for (const size of sizes) {
    console.log(JSON.stringify(size));
    await new Promise((resolve) => {
      const socket = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      socket.setEncoding('latin1');
      socket.on('data', (d) => { out += d; });
      socket.on('close', () => {
        if (out) console.log('  =>', out.slice(out.indexOf('\r\n\r\n') + 4));
        resolve();
      });
      const body = size.startsWith('A') ? '0123456789' : 'a';
      socket.write(`POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\n${body}\r\n0\r\n\r\n`);
      setTimeout(() => socket.end(), 50);
    });
  }
  server.close();
});
