'use strict';
// server.close(): stops accepting at once; 'close' waits for open connections to end.
const net = require('net');

const log = [];
const server = net.createServer((socket) => {
  log.push('connection');
  socket.on('end', () => {
    log.push('socket end');
    socket.end();
  });
  socket.on('close', () => log.push('socket close'));
  socket.resume();
});
server.on('close', () => log.push('server close event'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1');
  server.once('connection', () => {
    const ret = server.close((err) => {
      log.push(`close callback err=${err}`);
      console.log(log.join('\n'));
      // An idle server closes on the next tick.
      const idle = net.createServer();
      idle.listen(0, '127.0.0.1', () => {
        let sync = true;
        idle.close(() => console.log('idle closed, sync', sync));
        console.log('idle listening after close()', idle.listening);
        sync = false;
      });
    });
    log.push(`close returned server ${ret === server}`);
    log.push(`listening ${server.listening}`);
    // New connections are refused now.
    const late = net.connect(port, '127.0.0.1');
    late.on('error', (e) => {
      log.push(`late ${e.code}`);
      setTimeout(() => client.end(), 10);
    });
  });
  client.resume();
});
