'use strict';
// On the server: 'listening' before any 'connection'; per socket, 'connection' comes before its
// 'data'; a socket from 'connection' is a net.Socket attached to the server.
const net = require('net');

const log = [];
const server = net.createServer();
server.on('listening', () => log.push('listening'));
server.on('connection', (socket) => {
  log.push(`connection instanceof Socket ${socket instanceof net.Socket} server ${socket.server === server}`);
  log.push(`readable ${socket.readable} writable ${socket.writable} connecting ${socket.connecting} pending ${socket.pending}`);
  log.push(`allowHalfOpen ${socket.allowHalfOpen} timeout ${socket.timeout}`);
  socket.setEncoding('utf8');
  socket.on('data', (d) => log.push(`data ${d}`));
  socket.on('end', () => {
    log.push('end');
    socket.end();
  });
  socket.on('close', () => {
    log.push('close');
    server.close(() => console.log(log.join('\n')));
  });
});
server.listen(0, '127.0.0.1', () => {
  log.push('listen callback');
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('one message'));
  c.resume();
});
console.log('net.Stream is Socket', net.Stream === net.Socket);
