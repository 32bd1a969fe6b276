'use strict';
// dns.lookup hints reach the resolver: V4MAPPED turns an IPv4-only name into IPv4-mapped IPv6
// answers for family 6 (without it, family 6 finds nothing), ALL with V4MAPPED, ADDRCONFIG;
// the literal and numeric host forms the system resolver accepts. (Numeric IPv4 forms that are
// not IP literals stand in for an IPv4-only name: they resolve the same on every machine.)
const dns = require('dns');

const cases = [
  ['127.1', { family: 6 }],
  ['127.1', { family: 6, all: true }],
  ['127.1', { family: 6, hints: dns.V4MAPPED }],
  ['2130706433', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: true }],
  ['localhost', { all: true, hints: dns.ADDRCONFIG | dns.V4MAPPED, family: 4 }],
  ['127.0.0.1', { family: 6 }],
  ['::1', { family: 4 }],
  ['LOCALHOST', { family: 4 }],
  ['127.1', {}],
  ['0x7f.1', {}],
  ['2130706433', { all: true }],
  ['a..b', {}],
];

(async () => {
  for (const [host, options] of cases) {
    const label = `${JSON.stringify(host)} ${JSON.stringify(options)}`;
    await new Promise((resolve) => {
      dns.lookup(host, options, (err, address, family) => {
        console.log(label, err ? `${err.code} ${err.message}` : JSON.stringify([address, family]));
        resolve();
      });
    });
    try {
      const result = await dns.promises.lookup(host, options);
      console.log('  promise', JSON.stringify(result));
    } catch (err) {
      console.log('  promise', err.code);
    }
  }
})();
