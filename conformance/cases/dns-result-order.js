'use strict';
// getDefaultResultOrder / setDefaultResultOrder.
const dns = require('dns');

console.log('default', dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log('after ipv4first', dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
for (const v of ['ipv6first', 'verbatim', 'bogus', 4, undefined]) {
  try {
    dns.setDefaultResultOrder(v);
    console.log('set', v, '->', dns.getDefaultResultOrder());
  } catch (err) {
    console.log('set', v, err.name, err.code, err.message);
  }
}
dns.promises.setDefaultResultOrder('ipv4first');
console.log('via promises', dns.getDefaultResultOrder());
