'use strict';
// maxConnections: connections past the limit are closed and reported by 'drop'.
const net = require('net');

const server = net.createServer();
server.maxConnections = 1;
const log = [];
server.on('connection', (s) => {
  log.push('connection');
  s.resume();
  // Only after the first is accepted, make the second.
  const second = net.connect(server.address().port, '127.0.0.1');
  second.on('error', (e) => log.push(`second error ${e.code}`));
  second.on('end', () => log.push('second end'));
  second.resume();
  second.on('close', () => {
    log.push('second close');
    first.end();
  });
});
server.on('drop', (data) => {
  log.push(`drop keys ${Object.keys(data).join(',')}`);
  log.push(`drop ${data.localAddress} ${data.localFamily} ${data.remoteAddress} ${data.remoteFamily}`);
  log.push(`drop ports ${typeof data.localPort} ${typeof data.remotePort} ${data.localPort === server.address().port}`);
});
let first;
server.listen(0, '127.0.0.1', () => {
  first = net.connect(server.address().port, '127.0.0.1');
  first.resume();
  first.on('close', () => server.close(() => console.log(log.join('\n'))));
});
