'use strict';
// CompressionStream and DecompressionStream: a readable/writable pair over a zlib Transform
// stream ('deflate' is the zlib format, 'deflate-raw' raw deflate, 'gzip' gzip), as Node makes
// them.

const { codes, customInspect, customInspectSymbol, defineClassShape } = require('internal/webstreams/util');

const kPair = Symbol('kPair');
const formats = ['deflate', 'deflate-raw', 'gzip'];

function makePair(format, compress) {
  if (!formats.includes(format)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('format', format);
  }
  const zlib = require('zlib');
  let stream;
  if (format === 'deflate') stream = compress ? zlib.createDeflate() : zlib.createInflate();
  else if (format === 'deflate-raw') stream = compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
  else stream = compress ? zlib.createGzip() : zlib.createGunzip();
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(stream);
}

class CompressionStream {
  constructor(format) {
    this[kPair] = makePair(format, true);
  }

  get readable() { return this[kPair].readable; }
  get writable() { return this[kPair].writable; }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, 'CompressionStream', {
      readable: this[kPair].readable,
      writable: this[kPair].writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    this[kPair] = makePair(format, false);
  }

  get readable() { return this[kPair].readable; }
  get writable() { return this[kPair].writable; }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, 'DecompressionStream', {
      readable: this[kPair].readable,
      writable: this[kPair].writable,
    });
  }
}

defineClassShape(CompressionStream, 'CompressionStream', ['readable', 'writable']);
defineClassShape(DecompressionStream, 'DecompressionStream', ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
