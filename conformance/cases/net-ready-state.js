'use strict';
// readyState, pending and connecting through a socket's life.
const net = require('net');

function state(label, s) {
  console.log(label.padEnd(16), s.readyState, 'pending', s.pending, 'connecting', s.connecting,
    'destroyed', s.destroyed);
}

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  socket.resume();
  socket.on('end', () => {
    setTimeout(() => socket.end(), 20);
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = new net.Socket();
  state('new', client);
  client.connect(server.address().port, '127.0.0.1');
  state('connect called', client);
  client.on('connect', () => {
    state('connected', client);
    client.end();
    state('end called', client);
  });
  client.on('finish', () => state('finish', client));
  client.on('end', () => state('end', client));
  client.resume();
  client.on('close', () => {
    state('close', client);
    server.close();
  });
});
