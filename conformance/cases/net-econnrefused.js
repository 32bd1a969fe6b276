'use strict';
// Connecting to a port nobody listens on (one we just closed): ECONNREFUSED, its properties.
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const client = net.connect(port, '127.0.0.1');
    const log = [];
    client.on('connect', () => log.push('connect (unexpected)'));
    client.on('lookup', () => log.push('lookup (unexpected for an IP)'));
    client.on('error', (err) => {
      log.push('error');
      console.log('message', err.message.replace(String(port), 'PORT'));
      console.log('keys', Object.keys(err));
      console.log('code', err.code, 'errno', err.errno, 'syscall', err.syscall);
      console.log('address', err.address, 'port matches', err.port === port);
      console.log('instanceof Error', err instanceof Error, err.name);
      console.log('connecting', client.connecting, 'destroyed', client.destroyed);
    });
    client.on('close', (hadError) => {
      log.push(`close ${hadError}`);
      console.log(log.join(', '));
      // The promise form of the same failure, through connect's callback never being called.
      const again = net.createConnection({ port, host: '127.0.0.1' }, () => console.log('unexpected'));
      again.on('error', (err) => console.log('again', err.code, err.syscall));
    });
  });
});
