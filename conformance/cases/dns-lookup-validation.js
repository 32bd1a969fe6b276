'use strict';
// dns.lookup argument validation: hostname, family, hints, all, verbatim and the callback.
const dns = require('dns');

function attempt(label, ...args) {
  try {
    const ret = dns.lookup(...args);
    console.log(label, 'ok, returns', typeof ret);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const cb = () => {};
attempt('hostname number', 5, cb);
attempt('hostname object', {}, cb);
attempt('family 5', '127.0.0.1', 5, cb);
attempt('family "4"', '127.0.0.1', '4', cb);
attempt('family 4 no callback', '127.0.0.1', 4);
attempt('options family 3', '127.0.0.1', { family: 3 }, cb);
attempt('options family IPv4', '127.0.0.1', { family: 'IPv4' }, cb);
attempt('options family IPv6', '127.0.0.1', { family: 'IPv6' }, cb);
attempt('options family ipv4', '127.0.0.1', { family: 'ipv4' }, cb);
attempt('options family null', '127.0.0.1', { family: null }, cb);
attempt('hints bad', '127.0.0.1', { hints: 1234 }, cb);
attempt('hints string', '127.0.0.1', { hints: '32' }, cb);
attempt('hints ADDRCONFIG|V4MAPPED', '127.0.0.1', { hints: dns.ADDRCONFIG | dns.V4MAPPED }, cb);
attempt('hints ALL', '127.0.0.1', { hints: dns.ALL }, cb);
attempt('all string', '127.0.0.1', { all: 'yes' }, cb);
attempt('verbatim number', '127.0.0.1', { verbatim: 1 }, cb);
attempt('order bad', '127.0.0.1', { order: 'random' }, cb);
attempt('no callback', '127.0.0.1');
attempt('options no callback', '127.0.0.1', {});
attempt('callback not fn', '127.0.0.1', {}, 'cb');
attempt('options string', '127.0.0.1', 'x', cb);
attempt('options string no cb', '127.0.0.1', 'x');
attempt('options true', '127.0.0.1', true, cb);
attempt('null options', '127.0.0.1', null, cb);
attempt('undefined options', '127.0.0.1', undefined, cb);
console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
console.log('error codes', dns.NOTFOUND, dns.NODATA, dns.TIMEOUT, dns.CONNREFUSED, dns.CANCELLED);
