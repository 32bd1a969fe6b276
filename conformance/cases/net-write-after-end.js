'use strict';
// write() after end(): ERR_STREAM_WRITE_AFTER_END to the callback and as an 'error'.
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.end('bye');
    const ret = client.write('more', (err) => {
      console.log('write callback', err.code, err.message);
    });
    console.log('write returned', ret);
  });
  client.on('error', (err) => {
    console.log('error event', err.name, err.code, err.message);
  });
  client.resume();
  client.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
});
