'use strict';
// A socket can connect again after it closed; connect() returns the socket.
const net = require('net');

let n = 0;
const server = net.createServer((s) => s.end(`hello ${++n}`));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const socket = new net.Socket();
  socket.setEncoding('utf8');
  let rounds = 0;
  socket.on('data', (d) => console.log('data', d));
  socket.on('close', (hadError) => {
    console.log('close', hadError, 'destroyed', socket.destroyed);
    if (++rounds < 3) {
      const ret = socket.connect(port, '127.0.0.1');
      console.log('connect returns socket', ret === socket, 'destroyed now', socket.destroyed,
        'connecting', socket.connecting);
    } else {
      server.close();
    }
  });
  socket.on('connect', () => console.log('connect', rounds));
  socket.on('end', () => console.log('end'));
  socket.connect({ port, host: '127.0.0.1' });
});
