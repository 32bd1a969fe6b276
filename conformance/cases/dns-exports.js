'use strict';
// The shape of node:dns and node:dns/promises: function names and lengths, error code
// constants, lookup flags, and the result-order accessors shared by both.
const dns = require('dns');
const dnsPromises = require('dns/promises');

function describe(label, mod) {
  const names = Object.keys(mod).sort();
  console.log(label, names.length);
  for (const name of names) {
    const value = mod[name];
    if (typeof value === 'function') console.log(' ', name, 'function', value.name, value.length);
    else if (typeof value === 'object') console.log(' ', name, 'object');
    else console.log(' ', name, typeof value, value);
  }
}
describe('dns', dns);
describe('dns/promises', dnsPromises);
console.log('flags', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
console.log('promises has flags', 'ADDRCONFIG' in dnsPromises);
console.log('shared order accessors', dns.getDefaultResultOrder === dnsPromises.getDefaultResultOrder);
console.log('Resolver classes', typeof dns.Resolver, typeof dnsPromises.Resolver, dns.Resolver === dnsPromises.Resolver);
