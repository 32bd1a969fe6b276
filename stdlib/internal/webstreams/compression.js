'use strict';
// CompressionStream and DecompressionStream: coil has no zlib yet, so constructing one throws
// ERR_COIL_NOT_IMPLEMENTED (the classes exist so feature checks and `instanceof` work).

const { codes, defineClassShape } = require('internal/webstreams/util');

class CompressionStream {
  constructor() {
    throw new (codes().ERR_COIL_NOT_IMPLEMENTED)('CompressionStream (zlib)');
  }
}

class DecompressionStream {
  constructor() {
    throw new (codes().ERR_COIL_NOT_IMPLEMENTED)('DecompressionStream (zlib)');
  }
}

defineClassShape(CompressionStream, 'CompressionStream', []);
defineClassShape(DecompressionStream, 'DecompressionStream', []);

module.exports = { CompressionStream, DecompressionStream };
