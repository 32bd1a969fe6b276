'use strict';
// With several addresses from lookup (autoSelectFamily), each is tried in turn: the first
// refuses, the second connects; when all refuse, the error aggregates the attempts.
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const strip = (s) => s.split(String(port)).join('PORT');
  const fakeLookup = (list) => (host, opts, cb) => cb(null, list.map((address) => ({ address, family: 4 })));

  const a = net.connect({ host: 'two.test', port, lookup: fakeLookup(['127.0.0.2', '127.0.0.1']) });
  a.on('connect', () => {
    console.log('connected to', a.remoteAddress);
    console.log('attempted', strip(JSON.stringify(a.autoSelectFamilyAttemptedAddresses)));
  });
  a.resume();
  a.on('close', () => {
    const b = net.connect({ host: 'none.test', port, lookup: fakeLookup(['127.0.0.2', '127.0.0.3']) });
    b.on('connect', () => console.log('unexpected connect'));
    b.on('error', (err) => {
      console.log('error', err.name, err.code, strip(err.message));
      console.log('errors', (err.errors || []).map((e) => `${e.code} ${strip(e.message)}`));
      console.log('attempted', strip(JSON.stringify(b.autoSelectFamilyAttemptedAddresses)));
    });
    b.on('close', () => server.close());
  });
});
