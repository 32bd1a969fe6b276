'use strict';
// address(), remoteAddress, remoteFamily, localPort: values and types (ports are not printed).
const net = require('net');

const server = net.createServer((socket) => {
  console.log('server side:');
  console.log(' remoteAddress', socket.remoteAddress, 'remoteFamily', socket.remoteFamily);
  console.log(' remotePort', typeof socket.remotePort, 'localPort', typeof socket.localPort);
  console.log(' localAddress', socket.localAddress, 'localFamily', socket.localFamily);
  console.log(' localPort === server port', socket.localPort === server.address().port);
  const a = socket.address();
  console.log(' address keys', Object.keys(a), a.address, a.family);
  socket.end();
});
console.log('address before listen', server.address());
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('server address keys', Object.keys(addr));
  console.log('server address', addr.address, addr.family, typeof addr.port, addr.port > 0);
  const client = net.connect(addr.port, '127.0.0.1');
  console.log('pending client remoteAddress', client.remoteAddress, client.remotePort, client.remoteFamily);
  console.log('pending client address', client.address());
  client.on('connect', () => {
    console.log('client side:');
    console.log(' remoteAddress', client.remoteAddress, 'remoteFamily', client.remoteFamily);
    console.log(' remotePort matches', client.remotePort === addr.port);
    console.log(' localAddress', client.localAddress, typeof client.localPort, client.localFamily);
  });
  client.resume();
  client.on('close', () => {
    console.log('after close remoteAddress', client.remoteAddress);
    console.log('after close address', client.address());
    server.close();
    console.log('address after close', server.address());
  });
});
