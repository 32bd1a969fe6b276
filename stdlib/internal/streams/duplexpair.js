'use strict';
// stream.duplexPair([options]): two Duplex streams wired to each other - what is written to one
// is read from the other (like the two ends of a socket pair).

const Duplex = require('internal/streams/duplex');

const ObjectSetPrototypeOf = Object.setPrototypeOf;

// The other end, and the write callback held until the other end reads.
const kOtherSide = Symbol('kOtherSide');
const kCallback = Symbol('Callback');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOtherSide] = null;
}
ObjectSetPrototypeOf(DuplexSide.prototype, Duplex.prototype);
ObjectSetPrototypeOf(DuplexSide, Duplex);

// Our reader wants data: release the other side's pending write.
DuplexSide.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

// A write here is a push on the other side; its callback waits for the other side's _read.
DuplexSide.prototype._write = function(chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOtherSide].push(chunk);
    this[kOtherSide][kCallback] = callback;
  }
};

DuplexSide.prototype._final = function(callback) {
  this[kOtherSide].on('end', callback);
  this[kOtherSide].push(null);
};

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
