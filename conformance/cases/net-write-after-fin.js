'use strict';
// After the peer's FIN (allowHalfOpen false) our side ends too; a write then fails with EPIPE.
const net = require('net');

const server = net.createServer((socket) => {
  socket.end();
  socket.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  client.on('end', () => {
    console.log('end; writable', client.writable, 'writableEnded', client.writableEnded);
    setImmediate(() => {
      console.log('later; writableEnded', client.writableEnded, 'destroyed', client.destroyed);
    });
  });
  client.on('finish', () => {
    console.log('finish');
  });
  client.on('close', (hadError) => {
    console.log('close', hadError);
    const ret = client.write('too late', (err) => console.log('write callback', err && err.code));
    console.log('write after close returned', ret);
    setTimeout(() => server.close(), 10);
  });
  client.on('error', (err) => console.log('error', err.code, err.message));
});
