'use strict';
// Destroying a socket while it connects: no 'connect', 'close' follows; pending writes fail.
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1');
  a.on('connect', () => console.log('a connect (unexpected)'));
  a.on('error', (e) => console.log('a error', e.message));
  a.write('queued', (err) => console.log('a write callback', err && err.code));
  console.log('a connecting', a.connecting);
  a.destroy();
  console.log('a after destroy connecting', a.connecting, 'destroyed', a.destroyed, a.readyState);
  a.on('close', (hadError) => {
    console.log('a close', hadError);
    const b = net.connect(port, '127.0.0.1');
    b.on('connect', () => console.log('b connect (unexpected)'));
    b.on('error', (e) => console.log('b error', e.message));
    b.destroy(new Error('stop connecting'));
    b.on('close', (hadError) => {
      console.log('b close', hadError);
      server.close(() => console.log('server closed'));
    });
  });
});
