'use strict';
// net.connect({ timeout }): the socket's idle timer is set from the start; 'timeout' fires on
// an idle connected socket; the timeout property follows setTimeout.
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 250 });
  console.log('timeout property', client.timeout);
  client.on('connect', () => console.log('connected'));
  client.on('timeout', () => {
    console.log('timeout event, destroyed', client.destroyed, 'readyState', client.readyState);
    client.setTimeout(0);
    console.log('after setTimeout(0)', client.timeout);
    client.end();
  });
  client.on('close', () => {
    console.log('closed');
    // createConnection takes the option the same way.
    const second = net.createConnection({ port: server.address().port, host: '127.0.0.1', timeout: 200 }, () => {
      console.log('second connected, timeout', second.timeout);
    });
    second.once('timeout', () => {
      console.log('second timeout');
      second.destroy();
      server.close();
    });
  });
});
