'use strict';
// server.listen + server.address(); 'listening'/'connection'/'request'/'close' order; listening flag.
const http = require('http');

const server = http.createServer();
const log = [];
console.log('before', server.listening, server.address());
server.on('listening', () => log.push('listening'));
server.on('connection', () => log.push('connection'));
server.on('request', (req, res) => {
  log.push('request');
  res.end('x');
});
server.on('close', () => {
  log.push('close');
  console.log(log.join(' '));
});
server.listen(0, '127.0.0.1', () => {
  log.push('listen-cb');
  const a = server.address();
  console.log('address', Object.keys(a).join(','), a.address, a.family, typeof a.port, a.port > 0, server.listening);
  http.get({ port: a.port, host: '127.0.0.1', agent: false }, (res) => {
    log.push('response');
    res.resume();
    res.on('end', () => {
      log.push('end');
      server.close(() => log.push('close-cb'));
      console.log('after close', server.listening);
    });
  });
});
