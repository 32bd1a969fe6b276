'use strict';
// Writes on a destroyed socket: ERR_STREAM_DESTROYED to the callback (no 'error' event), and
// writes queued while connecting fail when the socket is destroyed before it connects.
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const log = [];
  const client = net.connect(port, '127.0.0.1', () => {
    client.destroy();
    const ret = client.write('late', (err) => log.push(`late cb ${err && err.code} ${err && err.message}`));
    log.push(`write returned ${ret} writable ${client.writable} destroyed ${client.destroyed}`);
    const endRet = client.end('bye', (err) => log.push(`end cb ${err && err.code}`));
    log.push(`end returned socket ${endRet === client}`);
  });
  client.on('error', (e) => log.push(`error event ${e.code}`));
  client.on('close', (hadError) => {
    log.push(`close ${hadError}`);
    setImmediate(() => {
      console.log(log.join('\n'));
      connecting(port);
    });
  });
});

function connecting(port) {
  const log = [];
  const client = net.connect(port, '127.0.0.1');
  client.write('queued', (err) => log.push(`queued cb ${err && err.code} ${err && err.message}`));
  log.push(`pending ${client.pending} connecting ${client.connecting} writableLength ${client.writableLength}`);
  client.destroy();
  client.on('error', (e) => log.push(`error event ${e.code}`));
  client.on('close', (hadError) => {
    log.push(`close ${hadError}`);
    setImmediate(() => {
      console.log(log.join('\n'));
      server.close();
    });
  });
}
