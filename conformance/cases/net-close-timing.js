'use strict';
// When 'close' comes after destroy(): a socket with a handle closes in the loop's close phase
// (after setImmediate callbacks); one that never connected closes on the next tick.
const net = require('net');

function race(label, socket, then) {
  const log = [];
  socket.on('close', (hadError) => log.push(`close ${hadError}`));
  socket.on('error', (e) => log.push(`error ${e.message}`));
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  setTimeout(() => {
    console.log(label.padEnd(20), log.join(', '));
    then();
  }, 30);
}

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const never = new net.Socket();
  never.destroy();
  race('never connected', never, () => {
    const connecting = net.connect(port, '127.0.0.1');
    connecting.destroy();
    race('while connecting', connecting, () => {
      const erroring = net.connect(port, '127.0.0.1');
      erroring.destroy(new Error('x'));
      race('connecting + error', erroring, () => {
        const open = net.connect(port, '127.0.0.1', () => {
          open.destroy();
          race('connected', open, () => server.close());
        });
      });
    });
  });
});
