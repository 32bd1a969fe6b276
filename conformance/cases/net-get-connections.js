'use strict';
// getConnections counts open connections; its callback runs asynchronously.
const net = require('net');

const server = net.createServer();
const sockets = [];
server.on('connection', (s) => {
  sockets.push(s);
  s.resume();
  if (sockets.length === 3) check();
});
function check() {
  let sync = true;
  const ret = server.getConnections((err, count) => {
    console.log('count', err, count, 'sync', sync);
    sockets[0].destroy();
    sockets[0].on('close', () => {
      server.getConnections((err2, count2) => {
        console.log('after one closed', err2, count2);
        for (const c of clients) c.end();
        server.close(() => {
          server.getConnections((err3, count3) => console.log('after close', err3, count3));
        });
      });
    });
  });
  sync = false;
  console.log('returns server', ret === server);
}
const clients = [];
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 3; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', () => {});
    c.resume();
    clients.push(c);
  }
});
