'use strict';
// net.SocketAddress: defaults, normalized address text (inet_ntop's IPv6 forms), validation
// errors, isSocketAddress, toJSON and inspect.
const net = require('net');
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label.padEnd(22), util.inspect(fn()));
  } catch (e) {
    console.log(label.padEnd(22), 'throws', e.name, e.code, e.message);
  }
}

const sa = new net.SocketAddress();
console.log(sa);
console.log(sa.toJSON(), JSON.stringify(sa));
console.log(util.inspect(sa, { depth: -1 }), util.inspect(sa, { depth: 0 }), util.inspect([[sa]], { depth: 1 }));
console.log('own keys', Object.keys(sa), Object.getOwnPropertyNames(sa), sa instanceof net.SocketAddress);
console.log('prototype', Object.getOwnPropertyNames(net.SocketAddress.prototype).sort());
console.log('getters', sa.address, sa.port, sa.family, sa.flowlabel);

attempt('ipv6', () => new net.SocketAddress({ address: '::1', family: 'ipv6', port: 443 }));
attempt('IPv6 spelled', () => new net.SocketAddress({ address: '::1', family: 'IPv6' }));
attempt('IPv6 default address', () => new net.SocketAddress({ family: 'IPv6' }));
attempt('ipv6 default address', () => new net.SocketAddress({ family: 'ipv6' }));
attempt('v6 text, v4 family', () => new net.SocketAddress({ address: '::1' }));
attempt('not an address', () => new net.SocketAddress({ address: 'abc' }));
attempt('leading zero', () => new net.SocketAddress({ address: '01.2.3.4' }));
attempt('bad family', () => new net.SocketAddress({ family: 'ipv5' }));
attempt('numeric family', () => new net.SocketAddress({ family: 4 }));
attempt('port too big', () => new net.SocketAddress({ port: 70000 }));
attempt('port negative', () => new net.SocketAddress({ port: -1 }));
attempt('port float', () => new net.SocketAddress({ port: 1.5 }));
attempt('flowlabel v4', () => new net.SocketAddress({ flowlabel: 7 }));
attempt('flowlabel v6', () => new net.SocketAddress({ address: '::1', family: 'ipv6', flowlabel: 12345 }));
attempt('flowlabel negative', () => new net.SocketAddress({ flowlabel: -1 }));
attempt('flowlabel too big', () => new net.SocketAddress({ flowlabel: 2 ** 32 }));
attempt('flowlabel string', () => new net.SocketAddress({ flowlabel: '1' }));
attempt('options string', () => new net.SocketAddress('x'));
attempt('options null', () => new net.SocketAddress(null));
attempt('address number', () => new net.SocketAddress({ address: 1 }));
attempt('all undefined', () => new net.SocketAddress({ address: undefined, port: undefined, family: undefined }));

for (const text of [
  '::', '::1', '::2', '::1.2.3.4', '::ffff:1.2.3.4', '::ffff:7f00:1', '::ffff:0:1', '::0.0.0.1', '1::',
  '1:0:0:1:0:0:0:1', '1:0:0:0:1:0:0:1', '0:0:1::', '::1:0:0:0', 'ABCD::EF', '0:0:0:0:0:1:0:0',
  '2001:0db8:0000:0000:0000:0000:0000:0001', 'fe80::1%lo', '1:2:3:4:5:6:7:8', '1:0:2:0:3:0:4:0',
]) {
  attempt(text, () => new net.SocketAddress({ address: text, family: 'ipv6' }).address);
}
console.log('isSocketAddress', net.SocketAddress.isSocketAddress(sa), net.SocketAddress.isSocketAddress({}),
  net.SocketAddress.isSocketAddress(null), net.SocketAddress.isSocketAddress(sa.toJSON()));
