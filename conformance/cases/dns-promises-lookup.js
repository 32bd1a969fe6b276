'use strict';
// dns.promises.lookup (and require('dns/promises')): results, validation errors (thrown
// synchronously, not as rejections).
const dns = require('dns');
const dnsPromises = require('dns/promises');

(async () => {
  console.log('same object', dns.promises === dnsPromises);
  console.log(await dnsPromises.lookup('127.0.0.1'));
  console.log(await dnsPromises.lookup('::1', { all: true }));
  console.log(await dnsPromises.lookup('127.0.0.1', 4));
  console.log(await dnsPromises.lookup('localhost', { family: 4 }));
  console.log(await dnsPromises.lookup('', {}));
  console.log(await dnsPromises.lookup('', { all: true }));
  const p = dnsPromises.lookup('10.1.2.3');
  console.log('is promise', p instanceof Promise);
  await p;
  for (const [label, fn] of [
    ['family 7', () => dnsPromises.lookup('127.0.0.1', 7)],
    ['options family 7', () => dnsPromises.lookup('127.0.0.1', { family: 7 })],
    ['hostname number', () => dnsPromises.lookup(1)],
    ['hints bad', () => dnsPromises.lookup('127.0.0.1', { hints: -1 })],
    ['all number', () => dnsPromises.lookup('127.0.0.1', { all: 1 })],
    ['options string', () => dnsPromises.lookup('127.0.0.1', 'x')],
  ]) {
    try {
      const r = fn();
      r.then((v) => console.log(label, 'resolved', v), (e) => console.log(label, 'rejected', e.code));
    } catch (err) {
      console.log(label, 'threw', err.code, err.message);
    }
  }
  console.log('order', dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
})();
