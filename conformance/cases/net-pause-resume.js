'use strict';
// A paused socket stops reading (the writer sees backpressure); resume() gets everything.
const net = require('net');

const SIZE = 3 * 1024 * 1024;
const server = net.createServer((socket) => {
  socket.pause();
  console.log('server paused', socket.isPaused());
  let total = 0;
  socket.on('data', (d) => { total += d.length; });
  socket.on('end', () => {
    console.log('server total', total);
    socket.end();
  });
  setTimeout(() => {
    console.log('resuming');
    socket.resume();
    console.log('server paused', socket.isPaused());
  }, 100);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let writes = 0;
  let clientLine = '';
  let sawBackpressure = false;
  function writeMore() {
    while (writes < 48) {
      writes++;
      if (!client.write(Buffer.alloc(SIZE / 48, 'a'))) {
        sawBackpressure = true;
        client.once('drain', writeMore);
        return;
      }
    }
    clientLine = `client saw backpressure ${sawBackpressure}`;
    client.end();
  }
  client.on('connect', writeMore);
  client.on('close', () => server.close(() => console.log(clientLine)));
});
