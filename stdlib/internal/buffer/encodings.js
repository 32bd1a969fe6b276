'use strict';
// Node's encoding names: normalizing aliases ('UTF-8', 'ucs2', 'binary', ...) to one canonical
// name, the number internalBinding('buffer') knows each by, and Buffer.byteLength's figures
// (exact for text encodings, Node's upper estimates for hex and base64).

const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);

// Canonical name -> the id runtime/src/codec.rs uses.
const encodingIds = {
  __proto__: null,
  utf8: 0,
  utf16le: 1,
  latin1: 2,
  ascii: 3,
  base64: 4,
  base64url: 5,
  hex: 6,
};

const aliases = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'ascii': 'ascii',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
};

// The canonical name of `encoding`, 'utf8' for undefined/null/'' and undefined when unknown.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || encoding === '') {
    return 'utf8';
  }
  const name = aliases[encoding];
  if (name !== undefined) return name;
  return aliases[StringPrototypeToLowerCase(`${encoding}`)];
}

// Like normalizeEncoding, but for an explicit encoding argument: only strings count (Node's
// getEncodingOps stringifies the value first, so `null` is the unknown encoding 'null').
function lookupEncoding(encoding) {
  const name = aliases[encoding];
  if (name !== undefined) return name;
  return aliases[StringPrototypeToLowerCase(`${encoding}`)];
}

// Node's byteLength for base64: three bytes per four characters, less trailing '='.
function base64ByteLength(string, length) {
  if (StringPrototypeCharCodeAt(string, length - 1) === 0x3D) length--;
  if (length > 1 && StringPrototypeCharCodeAt(string, length - 1) === 0x3D) length--;
  return (length * 3) >>> 2;
}

let binding;
// Buffer.byteLength(string, encoding) for a canonical encoding name.
function byteLengthOf(string, encoding) {
  switch (encoding) {
    case 'utf8':
      binding ??= internalBinding('buffer');
      return binding.byteLength(string, 0);
    case 'utf16le':
      return string.length * 2;
    case 'latin1':
    case 'ascii':
      return string.length;
    case 'hex':
      return string.length >>> 1;
    default:
      return base64ByteLength(string, string.length);
  }
}

module.exports = { encodingIds, normalizeEncoding, lookupEncoding, byteLengthOf };
