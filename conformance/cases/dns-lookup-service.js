'use strict';
// dns.lookupService and dnsPromises.lookupService: a name and service for 127.0.0.1, a numeric
// service for an unnamed port, and the argument errors (thrown synchronously).
const dns = require('dns');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('no args', () => dns.lookupService());
attempt('two args', () => dns.lookupService('127.0.0.1', 22));
attempt('address number', () => dns.lookupService(127, 22, () => {}));
attempt('address not ip', () => dns.lookupService('localhost', 22, () => {}));
attempt('port too big', () => dns.lookupService('127.0.0.1', 65536, () => {}));
attempt('port negative', () => dns.lookupService('127.0.0.1', -1, () => {}));
attempt('port object', () => dns.lookupService('127.0.0.1', {}, () => {}));
attempt('port empty string', () => dns.lookupService('127.0.0.1', '', () => {}));
attempt('callback missing', () => dns.lookupService('127.0.0.1', 22, null));
attempt('promises one arg', () => dns.promises.lookupService('127.0.0.1'));
attempt('promises not ip', () => dns.promises.lookupService('nope', 22));
attempt('promises bad port', () => dns.promises.lookupService('127.0.0.1', 1e6));

dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
  console.log('callback 22:', err, hostname, service);
  dns.lookupService('127.0.0.1', '80', (err2, hostname2, service2) => {
    console.log('callback "80":', err2, hostname2, service2);
    dns.lookupService('127.0.0.1', 4, (err3, hostname3, service3) => {
      console.log('callback 4 (unnamed):', err3, hostname3, service3);
      promises();
    });
  });
});

async function promises() {
  const result = await dns.promises.lookupService('127.0.0.1', 21);
  console.log('promise 21:', result);
  const viaModule = await require('dns/promises').lookupService('127.0.0.1', 0);
  console.log('promise 0:', viaModule);
}
