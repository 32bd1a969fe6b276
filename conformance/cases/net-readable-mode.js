'use strict';
// Paused-mode reading on a socket: 'readable' events, read(n) returning null until n bytes are
// buffered, read() draining everything, and the end of the stream as read() === null + 'end'.
const net = require('net');

const server = net.createServer((socket) => {
  socket.write('0123456789');
  setTimeout(() => socket.end('abcdefghij'), 30);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const log = [];
  let step = 0;
  client.on('readable', () => {
    step++;
    if (step === 1) {
      log.push(`read(4) ${client.read(4)}`);
      log.push(`read(100) ${client.read(100)}`);
      log.push(`readableLength ${client.readableLength}`);
      log.push(`read() ${client.read()}`);
      log.push(`read() again ${client.read()}`);
    } else {
      let chunk;
      while ((chunk = client.read(3)) !== null) log.push(`read(3) ${chunk}`);
      log.push(`left ${client.readableLength} ended ${client.readableEnded}`);
    }
  });
  client.on('end', () => {
    log.push(`end, read() ${client.read()}`);
  });
  client.on('close', () => {
    console.log(log.join('\n'));
    server.close();
  });
});
