'use strict';
// node:stream - the module is the legacy `Stream` constructor with the stream classes and
// helpers attached (`Stream.Readable`, `Stream.pipeline`, ...), in Node's order. The classes
// live in internal/streams/. pipeline, compose, duplexPair and stream/promises are loaded on
// first use; the stubs here have the real functions' names and lengths.

const ObjectDefineProperty = Object.defineProperty;

const utils = require('internal/streams/utils');
const eos = require('internal/streams/end_of_stream');
const { destroyer } = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { Buffer } = require('buffer');

const Stream = module.exports = require('internal/streams/legacy').Stream;

// Sets a function's `name` and `length` (for the lazy stubs).
function named(fn, name, length) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length });
  return fn;
}

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');

// stream.duplexPair([options]) -> [Duplex, Duplex] connected to each other.
Stream.duplexPair = named(function(options) {
  return require('internal/streams/duplexpair')(options);
}, 'duplexPair', 1);

// stream.pipeline(...streams, callback)
const pipeline = named(function(...streams) {
  return require('internal/streams/pipeline').pipeline(...streams);
}, 'pipeline', 0);
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
// stream.compose(...streams) -> Duplex
Stream.compose = named(function(...streams) {
  return require('internal/streams/compose')(...streams);
}, 'compose', 0);
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});

// util.promisify(stream.pipeline / stream.finished) gives the stream/promises versions.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
ObjectDefineProperty(pipeline, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return require('stream/promises').pipeline; },
});
ObjectDefineProperty(eos, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return require('stream/promises').finished; },
});

// Backwards compatibility with node 0.4.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) {
  return value instanceof Uint8Array;
};
// A Buffer over the same memory as a Uint8Array.
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
