'use strict';
// Activity (data received, writes) pushes a socket's timeout back.
const net = require('net');

const server = net.createServer((socket) => {
  let n = 0;
  // Send a byte every 20 ms for a while: a 300 ms timeout never fires in between.
  const timer = setInterval(() => {
    if (++n === 8) {
      clearInterval(timer);
      return;
    }
    socket.write('.');
  }, 20);
  socket.on('close', () => clearInterval(timer));
  socket.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let bytes = 0;
  client.on('data', (d) => { bytes += d.length; });
  client.setTimeout(300, () => {
    console.log('timeout after', bytes, 'bytes');
    client.destroy();
    server.close(() => console.log('done'));
  });
});
