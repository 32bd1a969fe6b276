'use strict';
// setNoDelay and setKeepAlive return the socket, before and after connecting.
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, (s) => {
  console.log('server options', server.noDelay, server.keepAlive, server.keepAliveInitialDelay);
  console.log('server socket setNoDelay', s.setNoDelay(false) === s);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log('before connect', c.setNoDelay() === c, c.setKeepAlive(true, 500) === c);
  c.connect(server.address().port, '127.0.0.1', () => {
    console.log('after connect', c.setNoDelay(true) === c, c.setNoDelay(false) === c,
      c.setKeepAlive(true) === c, c.setKeepAlive(false, 2000) === c, c.setKeepAlive() === c);
  });
  c.resume();
  c.on('close', () => {
    console.log('after close', c.setNoDelay(true) === c, c.setKeepAlive(true) === c);
    server.close();
  });
});
