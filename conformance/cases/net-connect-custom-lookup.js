'use strict';
// connect({ lookup }): the options the lookup gets, its 'lookup' events, and its failures.
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['single, family 4', { family: 4 }, (host, opts, cb) => cb(null, '127.0.0.1', 4)],
    ['all (autoSelectFamily)', {}, (host, opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }])],
    ['all, duplicates', {}, (host, opts, cb) => cb(null, [
      { address: '127.0.0.1', family: 4 }, { address: '127.0.0.1', family: 4 }])],
    ['autoSelectFamily false', { autoSelectFamily: false }, (host, opts, cb) => cb(null, '127.0.0.1', 4)],
    ['error', { family: 4 }, (host, opts, cb) => {
      const err = new Error('lookup failed');
      err.code = 'ENOTFOUND';
      cb(err);
    }],
    ['error (all)', {}, (host, opts, cb) => cb(Object.assign(new Error('no'), { code: 'EAI_AGAIN' }))],
    ['not an IP', { family: 4 }, (host, opts, cb) => cb(null, 'not-an-ip', 4)],
    ['bad family', { family: 4 }, (host, opts, cb) => cb(null, '127.0.0.1', 5)],
    ['async answer', { family: 4 }, (host, opts, cb) => setTimeout(() => cb(null, '127.0.0.1', 4), 5)],
  ];
  for (const [label, extra, lookup] of cases) {
    await new Promise((resolve) => {
      const log = [];
      const socket = net.connect({
        host: 'my-host.test', port, ...extra,
        lookup(host, opts, cb) {
          log.push(`lookup(${host}, ${JSON.stringify(opts)})`);
          lookup(host, opts, cb);
        },
      });
      socket.on('lookup', (err, address, family, host) => {
        log.push(`lookup event ${err && err.message} ${address} ${family} ${host}`);
      });
      socket.on('connect', () => log.push(`connect ${socket.remoteAddress}`));
      socket.on('error', (err) => log.push(`error ${err.code} ${err.message.replace(String(port), 'PORT')}`));
      socket.resume();
      socket.on('close', () => {
        log.push(`attempted ${JSON.stringify(socket.autoSelectFamilyAttemptedAddresses)}`);
        console.log(`${label}:\n  ${log.join('\n  ')}`);
        resolve();
      });
    });
  }
  server.close();
});
