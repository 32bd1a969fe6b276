'use strict';
// A server echoes what a client sends, on 127.0.0.1 with an ephemeral port.
const net = require('net');

const server = net.createServer((socket) => {
  socket.pipe(socket);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1', () => {
    console.log('connected');
    client.end('hello, echo');
  });
  const chunks = [];
  client.on('data', (chunk) => chunks.push(chunk));
  client.on('end', () => {
    const text = Buffer.concat(chunks).toString();
    console.log('echoed:', JSON.stringify(text));
  });
  client.on('close', (hadError) => {
    console.log('client close', hadError);
    server.close(() => console.log('server closed'));
  });
});
