'use strict';
// net.BlockList: addresses, ranges and subnets in both families, IPv4-mapped IPv6 matching,
// check() with strings and SocketAddress objects, rules (newest first) and argument errors.
const net = require('net');
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label.padEnd(24), util.inspect(fn()));
  } catch (e) {
    console.log(label.padEnd(24), 'throws', e.name, e.code, e.message);
  }
}

const list = new net.BlockList();
console.log(list, util.inspect(list, { depth: -1 }), Object.keys(list));
attempt('addAddress', () => list.addAddress('1.2.3.4'));
attempt('addAddress ipv6', () => list.addAddress('::1', 'ipv6'));
attempt('addAddress IPv6', () => list.addAddress('::2', 'IPv6'));
attempt('addAddress invalid', () => list.addAddress('nope'));
attempt('addAddress v6 as v4', () => list.addAddress('::3'));
attempt('addAddress number', () => list.addAddress(5));
attempt('addAddress bad family', () => list.addAddress('1.2.3.4', 'ipv5'));
attempt('addAddress family num', () => list.addAddress('1.2.3.4', 4));
attempt('addAddress object', () => list.addAddress(new net.SocketAddress({ address: '5.6.7.8' })));
attempt('addRange', () => list.addRange('10.0.0.1', '10.0.0.10'));
attempt('addRange reversed', () => list.addRange('10.0.0.10', '10.0.0.1'));
attempt('addRange mixed', () => list.addRange('10.0.0.1', '::1'));
attempt('addRange ipv6', () => list.addRange('2001:db8::1', '2001:db8::ff', 'ipv6'));
attempt('addRange octets', () => list.addRange('10.1.0.250', '10.1.1.5'));
attempt('addRange invalid', () => list.addRange('x', 'y'));
attempt('addRange end number', () => list.addRange('1.1.1.1', 7));
attempt('addSubnet', () => list.addSubnet('192.168.0.0', 16));
attempt('addSubnet ipv6', () => list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6'));
attempt('addSubnet prefix 33', () => list.addSubnet('192.168.0.0', 33));
attempt('addSubnet prefix 129', () => list.addSubnet('::', 129, 'ipv6'));
attempt('addSubnet prefix str', () => list.addSubnet('192.168.0.0', '16'));
attempt('addSubnet prefix float', () => list.addSubnet('192.168.0.0', 1.5));
attempt('addSubnet object', () => list.addSubnet(new net.SocketAddress({ address: '172.16.0.0' }), 12));
attempt('addSubnet object 40', () => list.addSubnet(new net.SocketAddress({ address: '172.16.0.0' }), 40));
console.log(list.rules);
console.log(list);

const checks = [
  ['1.2.3.4'], ['1.2.3.5'], ['::1', 'ipv6'], ['::1'], ['10.0.0.5'], ['10.0.0.11'], ['10.0.0.10'],
  ['10.1.0.255'], ['10.1.1.6'], ['192.168.255.255'], ['192.169.0.0'], ['::ffff:1.2.3.4', 'ipv6'],
  ['::ffff:10.0.0.5', 'ipv6'], ['::ffff:192.168.1.1', 'ipv6'], ['::ffff:0102:0304', 'ipv6'],
  ['::1.2.3.4', 'ipv6'], ['8592:757c:efae:4e45:1::', 'ipv6'], ['8592:757c:efae:4e46::', 'ipv6'],
  ['2001:db8::80', 'ipv6'], ['2001:db8::100', 'ipv6'], ['5.6.7.8'], ['172.31.1.1'], ['172.32.0.0'],
  ['nope'], ['1.2.3.4', 'ipv6'], ['::2', 'IPv6'], ['1.2.3.4', 'bogus'],
];
for (const [address, family] of checks) attempt(`check ${address} ${family || ''}`, () => list.check(address, family));
attempt('check object', () => list.check(new net.SocketAddress({ address: '1.2.3.4' })));
attempt('check number', () => list.check(5));
attempt('check family number', () => list.check('1.2.3.4', 6));

const mapped = new net.BlockList();
mapped.addAddress('::ffff:1.2.3.4', 'ipv6');
mapped.addSubnet('::ffff:10.0.0.0', 104, 'ipv6');
mapped.addRange('::ffff:20.0.0.1', '::ffff:20.0.0.5', 'ipv6');
console.log('mapped rules', mapped.rules);
console.log('mapped', mapped.check('1.2.3.4'), mapped.check('10.0.0.7'), mapped.check('11.0.0.7'),
  mapped.check('20.0.0.3'), mapped.check('20.0.0.6'));

const edges = new net.BlockList();
edges.addSubnet('1.2.3.4', 32);
console.log('prefix 32', edges.check('1.2.3.4'), edges.check('1.2.3.5'));
const all = new net.BlockList();
all.addSubnet('0.0.0.0', 0);
console.log('prefix 0', all.check('9.9.9.9'), all.check('::ffff:9.9.9.9', 'ipv6'), all.check('::9', 'ipv6'));
const all6 = new net.BlockList();
all6.addSubnet('::', 0, 'ipv6');
console.log('prefix 0 v6', all6.check('9.9.9.9'), all6.check('::5', 'ipv6'));
const odd = new net.BlockList();
odd.addSubnet('10.128.0.0', 9);
console.log('prefix 9', odd.check('10.200.0.1'), odd.check('10.127.255.255'));
console.log('rules is a copy', list.rules !== list.rules, typeof net.BlockList.isBlockList);
