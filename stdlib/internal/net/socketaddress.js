'use strict';
// net.SocketAddress: an immutable IP address, port, family and IPv6 flow label. Addresses are
// parsed and printed as libuv does (inet_pton / inet_ntop): IPv4 without leading zeros, IPv6 in
// its shortest form with embedded IPv4 for the mapped and compatible ranges; a %zone is dropped.
// The bytes (`kBytes`, network order) are what BlockList compares.

const { isIPv4, isIPv6 } = require('internal/net/ip');
const {
  validateObject, validatePort, validateString, validateUint32,
} = require('internal/validators');

const kBytes = Symbol('kBytes');
const kDetail = Symbol('kDetail');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function codes() {
  return require('internal/errors').codes;
}

/** The 4 bytes of a dotted-quad IPv4 address, or null. */
function parseIPv4(text) {
  if (!isIPv4(text)) return null;
  return Uint8Array.from(text.split('.'), Number);
}

/** The 16 bytes of an IPv6 address (a %zone is ignored), or null. */
function parseIPv6(text) {
  if (!isIPv6(text)) return null;
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  const words = [];
  const halves = text.split('::');
  const parseGroups = (part) => {
    if (part === '') return [];
    const out = [];
    for (const group of part.split(':')) {
      if (group.includes('.')) {
        const v4 = parseIPv4(group);
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        out.push(parseInt(group, 16));
      }
    }
    return out;
  };
  const head = parseGroups(halves[0]);
  const tail = halves.length > 1 ? parseGroups(halves[1]) : [];
  words.push(...head);
  if (halves.length > 1) for (let i = head.length + tail.length; i < 8; i++) words.push(0);
  words.push(...tail);
  if (words.length !== 8) return null;
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    bytes[2 * i] = words[i] >> 8;
    bytes[2 * i + 1] = words[i] & 0xff;
  }
  return bytes;
}

function formatIPv4(bytes, offset = 0) {
  return `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`;
}

/** inet_ntop's IPv6 text: the longest run (2+) of zero groups as "::", the first on a tie. */
function formatIPv6(bytes) {
  const words = [];
  for (let i = 0; i < 8; i++) words.push((bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let best = { base: -1, len: 0 };
  let current = { base: -1, len: 0 };
  for (let i = 0; i < 8; i++) {
    if (words[i] === 0) {
      if (current.base === -1) current = { base: i, len: 1 };
      else current.len++;
      if (current.len > best.len) best = { ...current };
    } else {
      current = { base: -1, len: 0 };
    }
  }
  if (best.len < 2) best = { base: -1, len: 0 };
  let text = '';
  for (let i = 0; i < 8; i++) {
    if (best.base !== -1 && i >= best.base && i < best.base + best.len) {
      if (i === best.base) text += ':';
      continue;
    }
    if (i !== 0) text += ':';
    // The IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) forms.
    if (i === 6 && best.base === 0 && (best.len === 6 || (best.len === 5 && words[5] === 0xffff))) {
      text += formatIPv4(bytes, 12);
      break;
    }
    text += words[i].toString(16);
  }
  if (best.base !== -1 && best.base + best.len === 8) text += ':';
  return text;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && value[kBytes] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    // The default address follows the family as given, before it is lower-cased (as Node).
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const bytes = family === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
    if (bytes === null) throw new (codes().ERR_INVALID_ADDRESS)();
    this[kBytes] = bytes;
    this[kDetail] = {
      address: family === 'ipv4' ? formatIPv4(bytes) : formatIPv6(bytes),
      port: port | 0,
      family,
      // Only IPv6 carries a flow label.
      flowlabel: family === 'ipv6' ? flowlabel | 0 : 0,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

module.exports = { SocketAddress, kBytes };
