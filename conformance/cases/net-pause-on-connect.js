'use strict';
// pauseOnConnect: the accepted socket does not read until resumed (or piped).
const net = require('net');

const log = [];
const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  log.push(`paused on connect ${socket.isPaused()} flowing ${socket.readableFlowing}`);
  let received = '';
  socket.on('data', (d) => { received += d; });
  log.push(`after data listener flowing ${socket.readableFlowing}`);
  setTimeout(() => {
    log.push(`before resume received ${JSON.stringify(received)}`);
    socket.resume();
    setTimeout(() => {
      log.push(`after resume received ${JSON.stringify(received)}`);
      socket.end();
    }, 50);
  }, 50);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('early data'));
  c.resume();
  c.on('close', () => server.close(() => console.log(log.join('\n'))));
});
