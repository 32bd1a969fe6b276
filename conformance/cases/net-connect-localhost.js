'use strict';
// net.connect(port) with no host connects to localhost (trying each address it resolves to,
// so a server on 127.0.0.1 is reached even when localhost is ::1 first).
const net = require('net');

const server = net.createServer((s) => s.end('hi from server'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port);
  c.setEncoding('utf8');
  c.on('connect', () => {
    console.log('connected to', c.remoteAddress, c.remoteFamily);
  });
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => {
    // The same with autoSelectFamily off and family 4.
    const d = net.connect({ port: server.address().port, family: 4, autoSelectFamily: false });
    d.on('connect', () => {
      console.log('family 4:', d.remoteAddress, 'attempted', d.autoSelectFamilyAttemptedAddresses);
    });
    d.resume();
    d.on('close', () => server.close());
  });
});
