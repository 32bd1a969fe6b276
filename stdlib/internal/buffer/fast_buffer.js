'use strict';
// FastBuffer: the class every Buffer instance is made by (`Buffer.prototype` is its prototype,
// set up in node:buffer). Other stdlib modules use it to wrap bytes they already have - an
// ArrayBuffer from Rust, a slice of another buffer - without copying. Load node:buffer before
// making instances: it is what puts Buffer's methods on FastBuffer.prototype.

class FastBuffer extends Uint8Array {
  // Explicit so that `new FastBuffer(arrayBuffer, offset, length)` passes every argument on.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

module.exports = { FastBuffer };
