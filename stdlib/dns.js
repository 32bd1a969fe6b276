'use strict';
// node:dns - `lookup` (and `dns.promises.lookup`) through the system resolver and `lookupService`
// through getnameinfo, both run on the worker pool (internalBinding('cares_wrap')), with Node's
// argument rules, result order and errors. The DNS-protocol resolvers (resolve*, reverse, Resolver, setServers) are not built:
// they throw ERR_COIL_NOT_IMPLEMENTED.

const { isIP } = require('internal/net/ip');
const { dnsException } = require('internal/net/errors');
const { stubClass } = require('internal/not_implemented');
const {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, resolverNames, lookupSettings, resolveAll,
  emitInvalidHostnameWarning, stubs, getDefaultResultOrder, setDefaultResultOrder,
  validateLookupServiceArgs, nameInfo,
} = require('internal/dns/utils');
const { validateFunction } = require('internal/validators');

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

/** dns.lookupService(address, port, callback): the host name and service (getnameinfo). */
function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('address', 'port', 'callback');
  }
  port = validateLookupServiceArgs(address, port);
  validateFunction(callback, 'callback');
  nameInfo(address, port, callback);
  return {};
}

// util.promisify(dns.lookup) resolves { address, family }, as in Node.
{
  const { kCustomPromisifyArgs } = require('internal/util/custom_promisify_args');
  Object.defineProperty(lookup, kCustomPromisifyArgs, {
    __proto__: null, value: ['address', 'family'], enumerable: false,
  });
  Object.defineProperty(lookupService, kCustomPromisifyArgs, {
    __proto__: null, value: ['hostname', 'service'], enumerable: false,
  });
}

const stubbed = stubs('dns');

module.exports = {
  lookup,
  lookupService,
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
