'use strict';
// An EADDRINUSE with no 'error' listener is an uncaught exception: the process exits with 1.
const net = require('net');

const first = net.createServer().listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  process.on('uncaughtException', (err, origin) => {
    console.log('uncaught', origin, err.code, err.message.replace(String(port), 'PORT'));
    first.close();
    process.exitCode = 3;
  });
  process.on('exit', (code) => console.log('exit', code));
  net.createServer().listen(port, '127.0.0.1');
});
