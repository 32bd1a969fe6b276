'use strict';
// The argument forms of listen(): (port, host, cb), ({ port, host }), (cb), (port as string),
// (port, host, backlog, cb), ({ port: undefined }) — and what address() reports for each.
const net = require('net');

const forms = [
  ['port, host, cb', (s, cb) => s.listen(0, '127.0.0.1', cb)],
  ['options with host', (s, cb) => s.listen({ port: 0, host: '127.0.0.1' }, cb)],
  ['string port', (s, cb) => s.listen('0', '127.0.0.1', cb)],
  ['port, host, backlog, cb', (s, cb) => s.listen(0, '127.0.0.1', 10, cb)],
  ['options with backlog', (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 5 }, cb)],
  ['options port undefined', (s, cb) => s.listen({ port: undefined, host: '127.0.0.1' }, cb)],
  ['options port null', (s, cb) => s.listen({ port: null, host: '127.0.0.1' }, cb)],
  ['listening event', (s, cb) => { s.on('listening', cb); s.listen(0, '127.0.0.1'); }],
  ['ipv4 wildcard', (s, cb) => s.listen(0, '0.0.0.0', cb)],
];

async function run() {
  for (const [label, listen] of forms) {
    const server = net.createServer();
    await new Promise((resolve) => {
      const ret = listen(server, function cb() {
        const a = server.address();
        console.log(label.padEnd(24), 'this is server', this === server, a.address, a.family,
          typeof a.port, 'returned server', ret === server);
        server.close(resolve);
      });
    });
  }
  // Only a callback: every interface; the family depends on the machine, the port is a number.
  const server = net.createServer();
  server.listen(() => {
    console.log('callback only: port is number', typeof server.address().port, server.address().port > 0);
    server.close();
  });
}
run();
