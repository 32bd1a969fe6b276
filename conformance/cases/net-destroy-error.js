'use strict';
// destroy() with and without an error: 'error' then 'close' (hadError), and the peer's view.
const net = require('net');

const serverLog = [];
let round = 0;
const server = net.createServer((socket) => {
  const n = ++round;
  socket.on('error', (e) => serverLog.push(`${n} server error ${e.code}`));
  socket.on('end', () => serverLog.push(`${n} server end`));
  socket.on('close', (hadError) => serverLog.push(`${n} server close ${hadError}`));
  socket.resume();
});

function attempt(label, kill) {
  return new Promise((resolve) => {
    const client = net.connect(server.address().port, '127.0.0.1');
    const log = [];
    for (const name of ['connect', 'end', 'finish', 'error', 'close']) {
      client.on(name, (arg) => {
        if (name === 'error') log.push(`error ${arg.message}`);
        else if (name === 'close') log.push(`close ${arg}`);
        else log.push(name);
      });
    }
    client.on('connect', () => {
      const ret = kill(client);
      log.push(`destroy returned this ${ret === client}`);
      log.push(`destroyed ${client.destroyed} readyState ${client.readyState}`);
      log.push(`errored ${client.errored && client.errored.message}`);
    });
    client.on('close', () => {
      console.log(label + ':', log.join(', '));
      setTimeout(resolve, 50);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('plain', (c) => c.destroy());
  await attempt('with error', (c) => c.destroy(new Error('boom')));
  await attempt('twice', (c) => { c.destroy(new Error('first')); return c.destroy(new Error('second')); });
  await attempt('destroySoon', (c) => { c.destroySoon(); return c; });
  server.close(() => console.log(serverLog.join('\n')));
});
