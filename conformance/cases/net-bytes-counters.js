'use strict';
// bytesRead and bytesWritten on both sides, before, during and after the connection.
const net = require('net');

const serverLog = [];
const server = net.createServer((socket) => {
  serverLog.push(`server start ${socket.bytesRead} ${socket.bytesWritten}`);
  socket.on('data', (d) => socket.write(Buffer.concat([d, d])));
  socket.on('end', () => {
    serverLog.push(`server end read ${socket.bytesRead}`);
    socket.end('!');
  });
  socket.on('close', () => serverLog.push(`server closed ${socket.bytesRead} ${socket.bytesWritten}`));
});
server.listen(0, '127.0.0.1', () => {
  const client = new net.Socket();
  console.log('client before connect', client.bytesRead, client.bytesWritten);
  client.connect(server.address().port, '127.0.0.1');
  client.write('abc');
  client.write('é');
  console.log('client queued', client.bytesWritten);
  client.on('connect', () => console.log('connect', client.bytesWritten));
  client.on('data', () => {});
  client.once('data', () => client.end('xyz'));
  client.on('end', () => console.log('client end read', client.bytesRead));
  client.on('close', () => {
    console.log('client closed', client.bytesRead, client.bytesWritten);
    server.close(() => console.log(serverLog.join('\n')));
  });
});
