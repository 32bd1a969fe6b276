'use strict';
// close() on a server that is not listening: ERR_SERVER_NOT_RUNNING to the callback.
const net = require('net');

const server = net.createServer();
server.on('close', () => console.log('close event'));
const ret = server.close((err) => {
  console.log('callback', err.name, err.code, err.message);
  console.log('instanceof Error', err instanceof Error);
  server.listen(0, '127.0.0.1', () => {
    server.close((err2) => {
      console.log('after listening, close err', err2);
      server.close((err3) => console.log('closed twice', err3.code));
    });
  });
});
console.log('returns server', ret === server);
console.log('sync end');
