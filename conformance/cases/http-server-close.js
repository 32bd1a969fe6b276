'use strict';
// server.close() ends idle keep-alive connections (Node 19+); closeAllConnections ends busy ones;
// close(cb) when not listening reports ERR_SERVER_NOT_RUNNING; 'close' event after connections go.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/slow') return; // never answered
  res.end('quick');
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        const slow = http.get({ port: server.address().port, host: '127.0.0.1', path: '/slow', agent: false });
        slow.on('error', (e) => console.log('slow request:', e.code, e.message));
        slow.on('socket', (s) => s.on('connect', () => setTimeout(() => {
          server.close((err) => {
            console.log('server closed', err);
            server.close((err2) => console.log('second close:', err2.code, err2.message));
          });
          console.log('listening after close():', server.listening);
          setTimeout(() => server.closeAllConnections(), 20);
        }, 20)));
      });
    });
  });
});
server.on('close', () => console.log('close event'));
