'use strict';
// What dns and dns/promises share: lookup's argument rules (Node's), the pool lookup through
// internalBinding('cares_wrap'), the result order setting, and the not-implemented resolvers.

const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validatePort, validateString,
} = require('internal/validators');
const { isIP } = require('internal/net/ip');
const { dnsException } = require('internal/net/errors');
const { stubFunction } = require('internal/not_implemented');

const binding = internalBinding('cares_wrap');

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function codes() {
  return require('internal/errors').codes;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('hints', hints);
  }
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// Parses lookup's (hostname, options, callback) as Node does; returns the settings.
function lookupSettings(hostname, options, callback, argumentCount) {
  const settings = { family: 0, all: false, order: defaultResultOrder, hints: 0 };
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    settings.callback = options;
    return settings;
  }
  if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    settings.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(argumentCount === 2 ? options : callback, 'callback');
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      settings.hints = options.hints >>> 0;
      validateHints(settings.hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') settings.family = 4;
      else if (options.family === 'IPv6') settings.family = 6;
      else {
        validateOneOf(options.family, 'options.family', validFamilies);
        settings.family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      settings.all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      settings.order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    // `order` wins over the older `verbatim`.
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      settings.order = options.order;
    }
  }
  settings.callback = callback;
  return settings;
}

// The resolver's [address, family, ...] pairs as objects, in the requested order.
function orderedAddresses(flat, order) {
  const addresses = [];
  for (let i = 0; i < flat.length; i += 2) addresses.push({ address: flat[i], family: flat[i + 1] });
  if (order === 'ipv4first') {
    return [...addresses.filter((a) => a.family === 4), ...addresses.filter((a) => a.family !== 4)];
  }
  if (order === 'ipv6first') {
    return [...addresses.filter((a) => a.family === 6), ...addresses.filter((a) => a.family !== 6)];
  }
  return addresses;
}

// Starts a lookup; `done(err, addresses)` gets every address as { address, family }.
function resolveAll(hostname, settings, done) {
  binding.getaddrinfo(hostname, settings.family, settings.hints, (status, flat) => {
    if (status !== 0) done(dnsException(status, 'getaddrinfo', hostname));
    else done(null, orderedAddresses(flat, settings.order));
  });
}

// lookupService's argument checks (Node's order); `port` comes back as a number.
function validateLookupServiceArgs(address, port) {
  if (isIP(address) === 0) throw new (codes().ERR_INVALID_ARG_VALUE)('address', address);
  validatePort(port);
  return +port;
}

// Starts a reverse lookup of address:port; `done(err, hostname, service)`.
function nameInfo(address, port, done) {
  binding.getnameinfo(address, port, (status, hostname, service) => {
    if (status !== 0) done(dnsException(status, 'getnameinfo', address));
    else done(null, hostname, service);
  });
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const resolverNames = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse'];

// Node's exports are methods of the default Resolver bound to it: their names and lengths.
const queryNames = {
  resolve4: 'queryA', resolve6: 'queryAaaa', resolveAny: 'queryAny', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNaptr: 'queryNaptr', resolveNs: 'queryNs',
  resolvePtr: 'queryPtr', resolveSoa: 'querySoa', resolveSrv: 'querySrv', resolveTxt: 'queryTxt',
  reverse: 'getHostByAddr',
};

function namedStub(label, name, length) {
  const stub = stubFunction(label, name);
  Object.defineProperty(stub, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(stub, 'length', { __proto__: null, value: length, configurable: true });
  return stub;
}

// The not-implemented resolver functions of dns (prefix 'dns') or dns/promises.
function stubs(prefix) {
  const functions = {
    setServers: namedStub(`${prefix}.setServers()`, 'defaultResolverSetServers', 1),
  };
  for (const name of resolverNames) {
    let length = 2;
    if (name === 'getServers') length = 0;
    else if (name === 'resolve' && prefix === 'dns') length = 3;
    functions[name] = namedStub(`${prefix}.${name}()`, `bound ${queryNames[name] ?? name}`, length);
  }
  return functions;
}

module.exports = {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, resolverNames,
  lookupSettings, resolveAll, emitInvalidHostnameWarning, stubs, validateLookupServiceArgs, nameInfo,
  getDefaultResultOrder, setDefaultResultOrder,
};
