'use strict';
// The shape of node:net: exported names, function names and lengths, and the Socket and Server
// prototypes' own methods.
const net = require('net');

for (const name of Object.keys(net).sort()) {
  const value = net[name];
  if (typeof value === 'function') console.log(name, 'function', value.name, value.length);
  else console.log(name, typeof value);
}
console.log('Stream is Socket', net.Stream === net.Socket);
const own = (proto) => Object.getOwnPropertyNames(proto).filter((n) => !n.startsWith('_')).sort();
console.log('Socket.prototype', own(net.Socket.prototype).join(' '));
console.log('Server.prototype', own(net.Server.prototype).join(' '));
console.log('isIP lengths', net.isIP.length, net.isIPv4.length, net.isIPv6.length);
console.log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
