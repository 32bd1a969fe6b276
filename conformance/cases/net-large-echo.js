'use strict';
// 6 MB through an echo server with pipe() on both ends: backpressure in both directions, the
// bytes come back intact.
const net = require('net');
const crypto = require('crypto');
const { Readable, Writable } = require('stream');

const CHUNK = 65536;
const CHUNKS = 96;
function chunkAt(i) {
  return Buffer.alloc(CHUNK, i % 251);
}
const sent = crypto.createHash('sha256');
for (let i = 0; i < CHUNKS; i++) sent.update(chunkAt(i));
const sentDigest = sent.digest('hex');

const serverLog = [];
const server = net.createServer((socket) => {
  socket.pipe(socket);
  socket.on('end', () => serverLog.push(`server end, read ${socket.bytesRead}`));
  socket.on('close', () => serverLog.push(`server close, written ${socket.bytesWritten}`));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let i = 0;
  const source = new Readable({
    read() {
      this.push(i < CHUNKS ? chunkAt(i++) : null);
    },
  });
  const received = crypto.createHash('sha256');
  let bytes = 0;
  let slowWrites = 0;
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk, encoding, cb) {
      received.update(chunk);
      bytes += chunk.length;
      // A slow consumer now and then, so the echo has to wait.
      if (++slowWrites % 16 === 0) setTimeout(cb, 1);
      else cb();
    },
  });
  source.pipe(client).pipe(sink);
  sink.on('finish', () => {
    console.log('received', bytes, 'bytes; intact', received.digest('hex') === sentDigest);
  });
  client.on('close', () => {
    console.log('client read', client.bytesRead, 'written', client.bytesWritten);
    server.close(() => console.log(serverLog.join('\n')));
  });
});
