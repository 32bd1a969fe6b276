'use strict';
// 200 clients connect at once, each sends a message and reads the echo; totals only.
const net = require('net');

const CLIENTS = 200;
let connections = 0;
let serverBytes = 0;
const server = net.createServer((socket) => {
  connections++;
  socket.on('data', (d) => {
    serverBytes += d.length;
    socket.write(d);
  });
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let done = 0;
  let echoed = 0;
  let matches = 0;
  for (let i = 0; i < CLIENTS; i++) {
    const message = `client ${i} says hello`;
    const client = net.connect(port, '127.0.0.1', () => client.end(message));
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { reply += d; });
    client.on('error', (e) => console.log('client error', e.code));
    client.on('close', () => {
      echoed += reply.length;
      if (reply === message) matches++;
      if (++done === CLIENTS) {
        server.getConnections((err, count) => {
          console.log('connections', connections, 'open now', count);
          console.log('server bytes', serverBytes, 'echoed', echoed, 'matches', matches);
          server.close(() => console.log('closed'));
        });
      }
    });
  }
});
