'use strict';
// What 'clientError' gets: the parse error's code, reason, bytesParsed and rawPacket, the
// socket (still writable), and that a request parsed before the bad one on the same connection
// was served first.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`served ${req.url}`));
server.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, JSON.stringify(err.message));
  console.log('   reason', JSON.stringify(err.reason), 'bytesParsed', err.bytesParsed,
    'rawPacket', Buffer.isBuffer(err.rawPacket) ? JSON.stringify(err.rawPacket.toString('latin1')) : err.rawPacket);
  console.log('   socket writable', socket.writable, 'is a net.Socket', socket instanceof net.Socket,
    'error listeners', socket.listenerCount('error'));
  socket.end('HTTP/1.1 400 Custom Bad\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbad');
});

function raw(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('close', () => {
      console.log('  reply', JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
      resolve();
    });
    socket.write(text, 'latin1');
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['bad header name', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'],
    ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
    ['good then bad', 'GET /first HTTP/1.1\r\nHost: x\r\n\r\nNOT HTTP AT ALL\r\n\r\n'],
    ['two content-lengths', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
    ['length and chunked', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n'],
    ['chunked and length', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n'],
    ['bad length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 12x\r\n\r\n'],
    ['control char in value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n'],
    ['method prefix', 'NOTIFX / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['lower-case method', 'post / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['bad url byte', 'GET /a\x7fb HTTP/1.1\r\nHost: x\r\n\r\n'],
  ];
  for (const [label, text] of cases) {
    console.log(label);
    await raw(port, text);
  }
  server.close();
});
