'use strict';
// setTimeout: an idle socket emits 'timeout' once (it stays open, the timer is not re-armed
// without activity); 0 turns the timer off; activity pushes the deadline back.
const net = require('net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  for (const bad of [-1, Infinity, '10', NaN]) {
    try {
      client.setTimeout(bad);
    } catch (e) {
      console.log(String(bad), e.code, e.message);
    }
  }
  client.on('connect', () => {
    console.log('setTimeout returns this', client.setTimeout(40) === client);
    console.log('timeout property', client.timeout);
  });
  let timeouts = 0;
  client.on('timeout', () => {
    timeouts++;
    console.log('timeout event', timeouts, 'destroyed', client.destroyed);
    // Wait long enough for a second timeout, which must not come.
    setTimeout(() => {
      client.setTimeout(0);
      console.log('timeout property after 0', client.timeout);
      client.end();
    }, 150);
  });
  client.on('close', () => {
    console.log('close after', timeouts, 'timeouts');
    const c2 = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 30 });
    console.log('option timeout', c2.timeout);
    c2.setTimeout(30, () => {
      console.log('callback form');
      c2.destroy();
      server.close();
    });
  });
});
