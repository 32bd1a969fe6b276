'use strict';
// Request trailers get a maxHeaderSize budget of their own: their names and values are counted
// (not the head's, not separators), and passing it is HPE_HEADER_OVERFLOW at the point reached.
const http = require('http');
const net = require('net');

const server = http.createServer({ maxHeaderSize: 100 }, (req, res) => {
  req.resume();
  req.on('end', () => res.end(`ok, ${req.rawTrailers.length / 2} trailers`));
});
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, e.bytesParsed);
  socket.destroy();
});

const variants = [[50, 40, 1], [50, 60, 1], [80, 15, 1], [10, 95, 1], [10, 30, 3], [10, 4, 20], [10, 1, 40], [10, 120, 1]];

server.listen(0, '127.0.0.1', async () => {
  for (const [headerLength, trailerLength, count] of variants) {
    const trailers = `T: ${'t'.repeat(trailerLength)}\r\n`.repeat(count);
    const text = `POST / HTTP/1.1\r\nHost: x\r\nX-H: ${'h'.repeat(headerLength)}\r\n` +
      `Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n${trailers}\r\n`;
    console.log(`header value ${headerLength}, ${count} trailer(s) of ${trailerLength}:`);
    await new Promise((resolve) => {
      const socket = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      socket.on('data', (d) => { out += d; });
      socket.on('close', () => {
        console.log('  =>', out ? out.slice(out.indexOf('\r\n\r\n') + 4) : '(closed)');
        resolve();
      });
      socket.write(text);
      setTimeout(() => socket.end(), 60);
    });
  }
  server.close();
});
