'use strict';
// Symbol.asyncDispose on servers and sockets: a server closes (a stopped one resolves at once),
// a socket is destroyed.
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('close', () => console.log('server side close'));
});
server.listen(0, '127.0.0.1', async () => {
  console.log('server has asyncDispose', typeof server[Symbol.asyncDispose]);
  const client = net.connect(server.address().port, '127.0.0.1');
  await new Promise((resolve) => client.on('connect', resolve));
  console.log('socket has asyncDispose', typeof client[Symbol.asyncDispose]);
  client.on('close', (hadError) => console.log('client close', hadError));
  const p = client[Symbol.asyncDispose]();
  console.log('socket dispose returns promise', p instanceof Promise, 'destroyed', client.destroyed);
  await p;
  console.log('socket disposed');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const closing = server[Symbol.asyncDispose]();
  console.log('listening after dispose call', server.listening);
  await closing;
  console.log('server disposed');
  await server[Symbol.asyncDispose]();
  console.log('second dispose resolved');
  const never = net.createServer();
  await never[Symbol.asyncDispose]();
  console.log('never listened dispose resolved');
});
