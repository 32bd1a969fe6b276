'use strict';
// The connection attempt events: 'connectionAttempt' (address, port, family) before each
// connect, 'connectionAttemptFailed' with the error when it is refused, after 'lookup' for a
// host name; for a Unix socket path only the address is given.
const net = require('net');
const os = require('os');
const path = require('path');

const events = ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout',
  'connect', 'ready', 'error', 'close'];

function watch(label, socket, port) {
  return new Promise((resolve) => {
    const log = [];
    for (const name of events) {
      socket.on(name, (...args) => {
        const shown = args.map((a) => {
          if (a instanceof Error) return `${a.code}`;
          if (a === port) return '<port>';
          return typeof a === 'string' && a.startsWith(os.tmpdir()) ? '<path>' : String(a);
        });
        log.push(`${name}(${shown.join(', ')})`);
        if (name === 'close') {
          console.log(`${label}: ${log.join(' ')}`);
          resolve();
        }
      });
    }
    socket.resume();
  });
}

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await watch('ip literal', net.connect(port, '127.0.0.1'), port);
  await watch('host name', net.connect({ port, host: 'localhost', family: 4 }), port);

  const closed = net.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const freePort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await watch('refused', net.connect(freePort, '127.0.0.1'), freePort);

  const sockPath = path.join(os.tmpdir(), `coil-attempt-${process.pid}.sock`);
  const unix = net.createServer((socket) => socket.end());
  await new Promise((resolve) => unix.listen(sockPath, resolve));
  await watch('unix path', net.connect(sockPath), undefined);
  unix.close();
  server.close();
});
