'use strict';
// maxHeaderSize counts what Node counts — the request target and the field names and values,
// not the request line, separators or whitespace — and reports HPE_HEADER_OVERFLOW with the
// position where the limit was reached, for heads sent whole or in two pieces; a client's
// limit counts the reason phrase too.
const http = require('http');
const net = require('net');

const server = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('ok'));
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, e.bytesParsed);
  socket.destroy();
});

const heads = [
  ['target 90', `GET /${'u'.repeat(89)} HTTP/1.1\r\nHost: x\r\nX-V: v\r\n\r\n`],
  ['target 100', `GET /${'u'.repeat(99)} HTTP/1.1\r\nHost: x\r\nX-V: v\r\n\r\n`],
  ['target 200', `GET /${'u'.repeat(199)} HTTP/1.1\r\nHost: x\r\nX-V: v\r\n\r\n`],
  ['value 80 (raw 114)', `GET / HTTP/1.1\r\nHost: x\r\nX-V: ${'v'.repeat(80)}\r\n\r\n`],
  ['value 90', `GET / HTTP/1.1\r\nHost: x\r\nX-V: ${'v'.repeat(90)}\r\n\r\n`],
  ['value 91', `GET / HTTP/1.1\r\nHost: x\r\nX-V: ${'v'.repeat(91)}\r\n\r\n`],
  ['long name', `GET / HTTP/1.1\r\nHost: x\r\n${'N'.repeat(95)}: v\r\n\r\n`],
  ['40 empty fields', `GET / HTTP/1.1\r\nHost: x\r\n${'a:\r\n'.repeat(40)}\r\n`],
  ['40 short fields', `GET / HTTP/1.1\r\nHost: x\r\n${'ab: c\r\n'.repeat(40)}\r\n`],
  ['padded value', `GET / HTTP/1.1\r\nHost: x\r\nX-V:     ${'v'.repeat(50)}     \r\n\r\n`],
];

function send(text, split) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1');
    let out = '';
    socket.on('data', (d) => { out += d; });
    socket.on('close', () => resolve(out.split('\r\n')[0] || '(closed)'));
    if (split) {
      socket.write(text.slice(0, split));
      setTimeout(() => socket.write(text.slice(split)), 20);
    } else {
      socket.write(text);
    }
    setTimeout(() => socket.end(), 60);
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const [label, text] of heads) {
    for (const split of [0, 60]) {
      console.log(`${label}, ${text.length} bytes, ${split ? 'in two pieces' : 'whole'}:`);
      console.log('  =>', await send(text, split));
    }
  }
  const raw = net.createServer((socket) => {
    socket.on('data', () => {
      socket.end(`HTTP/1.1 200 ${'R'.repeat(50)}\r\nX: ${'v'.repeat(45)}\r\nContent-Length: 0\r\n\r\n`);
    });
  });
  raw.listen(0, '127.0.0.1', () => {
    const done = () => {
      raw.close();
      server.close();
    };
    const req = http.get({ port: raw.address().port, host: '127.0.0.1', maxHeaderSize: 100 }, (res) => {
      console.log('client response', res.statusCode);
      res.resume();
      res.on('end', done);
    });
    req.on('error', (e) => {
      console.log('client error', e.code, e.bytesParsed);
      done();
    });
  });
});
