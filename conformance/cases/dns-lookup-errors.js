'use strict';
// A name that cannot resolve (the reserved .invalid TLD): ENOTFOUND with Node's error shape,
// through the callback, the promise API and a net.connect to it.
const dns = require('dns');
const net = require('net');

function show(label, err) {
  console.log(label, err instanceof Error, err.message);
  console.log('  fields', err.errno, err.code, err.syscall, err.hostname, Object.keys(err));
}

dns.lookup('no-such-host.invalid', (err, address, family) => {
  show('callback', err);
  console.log('  address', address, 'family', family);
  dns.lookup('no-such-host.invalid', { all: true }, (err2, addresses) => {
    show('callback all', err2);
    console.log('  addresses', addresses);
    dns.promises.lookup('no-such-host.invalid', { family: 4 }).catch((err3) => {
      show('promise', err3);
      const socket = net.connect({ host: 'no-such-host.invalid', port: 80 });
      socket.on('lookup', (e, address4, family4, host) => {
        console.log('lookup event', e && e.code, address4, family4, host);
      });
      socket.on('error', (err4) => show('connect', err4));
      socket.on('close', (hadError) => console.log('close', hadError));
    });
  });
});
