'use strict';
// node:dns/promises - `lookup` resolving to { address, family } (or every address with `all`) and
// `lookupService` resolving to { hostname, service }; the DNS-protocol resolvers throw ERR_COIL_NOT_IMPLEMENTED, as in node:dns.

const dns = require('dns');
const { isIP } = require('internal/net/ip');
const { dnsException } = require('internal/net/errors');
const { stubClass } = require('internal/not_implemented');
const {
  lookupSettings, resolveAll, stubs, errorCodes, resolverNames, validateLookupServiceArgs, nameInfo,
} = require('internal/dns/utils');

/** dnsPromises.lookup(hostname[, options]). */
function lookup(hostname, options) {
  // Validation errors throw synchronously, as in Node; there is no callback to check (a
  // three-argument call with a dummy one), so a bad `options` is reported as such.
  const settings = lookupSettings(hostname, options ?? {}, () => {}, 3);
  const { family, all } = settings;
  if (!hostname) {
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const literalFamily = isIP(hostname);
  if (literalFamily) {
    const address = { address: hostname, family: literalFamily };
    return Promise.resolve(all ? [address] : address);
  }
  return new Promise((resolve, reject) => {
    resolveAll(hostname, settings, (err, addresses) => {
      if (err) reject(err);
      else if (all) resolve(addresses);
      else if (addresses.length === 0) reject(dnsException(-3008, 'getaddrinfo', hostname));
      else resolve(addresses[0]);
    });
  });
}

/** dnsPromises.lookupService(address, port): resolves to { hostname, service }. */
function lookupService(address, port) {
  if (arguments.length !== 2) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('address', 'port');
  }
  port = validateLookupServiceArgs(address, port);
  return new Promise((resolve, reject) => {
    nameInfo(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

const stubbed = stubs('dnsPromises');

module.exports = {
  lookup,
  lookupService,
  Resolver: stubClass('dnsPromises.Resolver', 'Resolver'),
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  setServers: stubbed.setServers,
  ...errorCodes,
};
for (const name of resolverNames) module.exports[name] = stubbed[name];
