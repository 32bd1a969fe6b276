'use strict';
// An unref'd socket (and its server) let the process exit while the connection is still open.
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.unref();
  console.log('server socket unref returns this', socket.unref() === socket);
  server.unref();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  // Before connecting there is no handle yet: unref is applied once connected.
  console.log('client unref returns this', client.unref() === client);
  client.on('connect', () => console.log('client connected'));
  client.resume();
});
process.on('exit', (code) => console.log('exit', code));
