'use strict';
// Listening on a port another server holds: an EADDRINUSE 'error' on the server.
const net = require('net');

const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  const second = net.createServer();
  second.on('listening', () => console.log('listening event'));
  second.on('error', (err) => {
    console.log('message', err.message.replace(String(port), 'PORT'));
    console.log('keys', Object.keys(err));
    console.log('code', err.code, 'errno', err.errno, 'syscall', err.syscall);
    console.log('address', err.address, 'port matches', err.port === port);
    console.log('second listening', second.listening, 'address', second.address());
    // A failed server can listen again elsewhere.
    second.listen(0, '127.0.0.1', () => {
      console.log('second now listening', second.listening);
      second.close(() => first.close(() => console.log('both closed')));
    });
  });
  const ret = second.listen(port, '127.0.0.1');
  console.log('listen returned server', ret === second, 'listening', second.listening);
});
