'use strict';
// net.isIP / isIPv4 / isIPv6 over valid, malformed and odd inputs.
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4',
  '1.02.3.4', '1.2.3.04', '0x7f.0.0.1', '1..2.3', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.-4', '١.٢.٣.٤',
  '::', '::1', '::ffff:127.0.0.1', '::ffff:1.2.3.256', 'fe80::1', 'fe80::1%eth0', 'fe80::1%1',
  'fe80::1%', 'fe80::1%eth0%1', 'FE80::ABCD', '2001:db8::', '2001:0db8:0000:0000:0000:0000:0000:0001',
  '2001:db8:0:0:0:0:0:1:2', '2001:db8::1::2', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4', ':1', '1:', ':::', 'g::1', '12345::',
  '[::1]', '::1/128', 'localhost', '', 'abc', '1', '1.2.3.4/24', '::ffff:0:0', '64:ff9b::192.0.2.33',
  'fe80::1%en 0', 'fe80::%lo', '::%', '1.2.3.4%eth0',
];
for (const s of inputs) {
  console.log(JSON.stringify(s).padEnd(46), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
// Non-strings are converted to strings.
for (const v of [undefined, null, 127, {}, ['1.2.3.4'], { toString: () => '::1' }]) {
  console.log(String(typeof v).padEnd(10), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
}
