'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) checked newest first, with Node's
// mixing of families: an IPv4 rule also matches the IPv4-mapped IPv6 form (::ffff:a.b.c.d) of
// its addresses, and an IPv6 rule over mapped addresses matches the plain IPv4 ones.

const { SocketAddress, kBytes } = require('internal/net/socketaddress');
const { validateInt32, validateString } = require('internal/validators');

const kRules = Symbol('kRules');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function codes() {
  return require('internal/errors').codes;
}

// An address as 16 bytes for comparing across families: IPv4 in its mapped IPv6 form.
function asIPv6Bytes(bytes) {
  if (bytes.length === 16) return bytes;
  return Uint8Array.from([...MAPPED_PREFIX, ...bytes]);
}

function isMapped(bytes) {
  return bytes.length === 4 || MAPPED_PREFIX.every((b, i) => bytes[i] === b);
}

// -1, 0 or 1, or NaN when an IPv4 address meets an IPv6 one that is not IPv4-mapped.
function compare(a, b) {
  if (a.length !== b.length && !(isMapped(a) && isMapped(b))) return NaN;
  const x = asIPv6Bytes(a);
  const y = asIPv6Bytes(b);
  for (let i = 0; i < 16; i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

// Whether `bytes` lies in network/prefix (an IPv4 network's prefix counts in IPv4 bits).
function inNetwork(bytes, network, prefix) {
  if (network.length === 4) {
    if (bytes.length === 16) {
      if (!isMapped(bytes)) return false;
      bytes = bytes.subarray(12);
    }
  } else {
    bytes = asIPv6Bytes(bytes);
  }
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    const index = bit >> 3;
    if ((bytes[index] & mask) !== (network[index] & mask)) return false;
  }
  return true;
}

function familyName(address) {
  return address.family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// A string (with its family) or a SocketAddress, as a SocketAddress.
function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

class BlockList {
  constructor() {
    // Newest first, as Node lists and applies them.
    this[kRules] = [];
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, 'address', family);
    const bytes = address[kBytes];
    this[kRules].unshift({
      text: `Address: ${familyName(address)} ${address.address}`,
      apply: (other) => compare(bytes, other) === 0,
    });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    const low = start[kBytes];
    const high = end[kBytes];
    if (compare(low, high) > 0) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('start', start, 'must come before end');
    }
    this[kRules].unshift({
      text: `Range: ${familyName(start)} ${start.address}-${end.address}`,
      apply: (other) => compare(other, low) >= 0 && compare(other, high) <= 0,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    const bytes = network[kBytes];
    this[kRules].unshift({
      text: `Subnet: ${familyName(network)} ${network.address}/${prefix}`,
      apply: (other) => inNetwork(other, bytes, prefix),
    });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        // Not a valid address: nothing blocks it.
        return false;
      }
    }
    const bytes = address[kBytes];
    return this[kRules].some((rule) => rule.apply(bytes));
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }
}

module.exports = { BlockList };
