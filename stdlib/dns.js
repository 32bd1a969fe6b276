'use strict';
// node:dns — `lookup` (and `dns.promises.lookup`) through the system resolver, run on the worker
// pool (internalBinding('cares_wrap').getaddrinfo), with Node's argument rules, result order and
// errors. The DNS-protocol resolvers (resolve*, reverse, Resolver, setServers) are not built:
// they throw ERR_COIL_NOT_IMPLEMENTED.

const { isIP } = require('internal/net/ip');
const { dnsException } = require('internal/net/errors');
const { stubClass } = require('internal/not_implemented');
const {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, resolverNames, lookupSettings, resolveAll,
  emitInvalidHostnameWarning, stubs, getDefaultResultOrder, setDefaultResultOrder,
} = require('internal/dns/utils');

/** dns.lookup(hostname[, options], callback): the first address, or all of them with `all`. */
function lookup(hostname, options, callback) {
  const settings = lookupSettings(hostname, options, callback, arguments.length);
  const { family, all } = settings;
  callback = settings.callback;
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literalFamily = isIP(hostname);
  if (literalFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literalFamily }]);
    else process.nextTick(callback, null, hostname, literalFamily);
    return {};
  }
  resolveAll(hostname, settings, (err, addresses) => {
    if (err) callback(err);
    else if (all) callback(null, addresses);
    else if (addresses.length === 0) callback(dnsException(-3008, 'getaddrinfo', hostname));
    else callback(null, addresses[0].address, addresses[0].family);
  });
  return {};
}

const stubbed = stubs('dns');

module.exports = {
  lookup,
  lookupService: stubbed.lookupService,
  Resolver: stubClass('dns.Resolver', 'Resolver'),
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: stubbed.setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};
for (const name of resolverNames) module.exports[name] = stubbed[name];

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('dns/promises');
    return promises;
  },
});
