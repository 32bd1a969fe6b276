'use strict';
// captureRejections: a rejected async 'connection' listener destroys that socket with the
// error; a rejected listener of another event becomes the server's 'error'.
const net = require('net');
require('events').captureRejections = true;

const server = net.createServer();
server.on('connection', async (socket) => {
  socket.on('error', (e) => console.log('socket error', e.message));
  socket.on('close', (hadError) => console.log('socket close', hadError));
  throw new Error('listener failed');
});
server.on('listening', async () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('error', (e) => console.log('client error', e.code));
  client.on('end', () => console.log('client end'));
  client.on('close', () => {
    console.log('client close');
    server.emit('custom');
  });
  client.resume();
});
server.on('custom', async () => {
  throw new Error('custom failed');
});
server.on('error', (e) => {
  console.log('server error', e.message);
  server.close();
});
server.listen(0, '127.0.0.1');
