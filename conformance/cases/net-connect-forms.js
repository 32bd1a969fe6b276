'use strict';
// The argument forms of net.connect / createConnection / new Socket().connect.
const net = require('net');

const server = net.createServer((s) => s.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const forms = [
    ['connect(port, host, cb)', (cb) => net.connect(port, '127.0.0.1', cb)],
    ['connect(options, cb)', (cb) => net.connect({ port, host: '127.0.0.1' }, cb)],
    ['createConnection(port, host)', (cb) => net.createConnection(port, '127.0.0.1').on('connect', cb)],
    ['connect(string port, host)', (cb) => net.connect(String(port), '127.0.0.1', cb)],
    ['new Socket().connect(options)', (cb) => new net.Socket().connect({ port, host: '127.0.0.1' }, cb)],
    ['localAddress', (cb) => net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }, cb)],
    ['family 4 localhost', (cb) => net.connect({ port, host: 'localhost', family: 4 }, cb)],
  ];
  for (const [label, make] of forms) {
    await new Promise((resolve) => {
      const socket = make(function onConnect() {
        console.log(label.padEnd(36), 'this is socket', this === socket, socket.remoteAddress);
      });
      socket.resume();
      socket.on('close', resolve);
    });
  }
  // lookup event for a name (not for an IP literal).
  const s = net.connect({ port, host: 'localhost', family: 4 });
  s.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  s.resume();
  s.on('close', () => server.close());
});
