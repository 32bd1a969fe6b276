'use strict';
// node:zlib - deflate/inflate (zlib, gzip, raw, auto-detecting unzip) and Brotli, as one-shot
// functions (sync, or on the worker pool with a callback), Transform streams and crc32().
// The byte work is in internalBinding('zlib') (runtime/src/bindings/zlib/): flate2 on its
// pure-Rust miniz_oxide backend and the `brotli` crate. Compressed bytes can differ from Node's
// (miniz_oxide is not zlib 1.3); every format is standard and round-trips with Node.

const binding = internalBinding('zlib');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const { Buffer } = require('buffer');
const constants = require('internal/zlib/constants');
const { parseOptions, createHandle, codes, zlibError, modes } = require('internal/zlib/options');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { validateFunction, validateUint32 } = require('internal/validators');

const ObjectDefineProperty = Object.defineProperty;
const ObjectFreeze = Object.freeze;
const ObjectKeys = Object.keys;
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const Uint8ArrayCtor = Uint8Array;

// Statuses in the arrays the binding returns (runtime/src/bindings/zlib/mod.rs).
const FAILED = 2;
const TOO_LARGE = 3;

let errorCodes;
function errors() {
  errorCodes ??= require('internal/errors').codes;
  return errorCodes;
}

// Cheap to load: the stream modules themselves load on the first construction.
const { classes } = require('internal/zlib/stream');

// The input of a one-shot call as bytes the binding reads (a Uint8Array).
function inputBytes(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) {
    if (isUint8Array(buffer)) return buffer;
    return new Uint8ArrayCtor(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  if (isAnyArrayBuffer(buffer)) return new Uint8ArrayCtor(buffer);
  throw new (errors().ERR_INVALID_ARG_TYPE)(
    'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

// The Buffer (or error) a binding result array describes.
function takeResult(result, config) {
  const status = result[1];
  if (status === TOO_LARGE) return new (errors().ERR_BUFFER_TOO_LARGE)(config.maxOutputLength);
  if (status === FAILED) return zlibError(result[2], result[3]);
  return new FastBuffer(result[0]);
}

function zlibBufferSync(mode, className, buffer, opts) {
  const config = parseOptions(mode, opts);
  // `info: true` returns the (closed) engine too: only then is a stream object built.
  const engine = config.info ? new classes[className](opts) : null;
  const bytes = inputBytes(buffer);
  const handle = engine ? engine._handle : createHandle(config);
  const result = binding.processSync(handle, bytes, config.finishFlush, config.maxOutputLength);
  binding.close(handle);
  if (engine) engine._handle = null;
  const output = takeResult(result, config);
  if (result[1] !== 0) throw output;
  return engine ? { buffer: output, engine } : output;
}

function zlibBuffer(mode, className, buffer, opts, callback) {
  if (typeof opts === 'function') {
    callback = opts;
    opts = {};
  }
  const config = parseOptions(mode, opts);
  // `info: true` passes the (closed) engine to the callback too, as in the *Sync form.
  const engine = config.info ? new classes[className](opts) : null;
  const handle = engine ? engine._handle : createHandle(config);
  validateFunction(callback, 'callback');
  const bytes = inputBytes(buffer);
  binding.processAsync(handle, bytes, config.finishFlush, config.maxOutputLength, (result) => {
    if (engine) {
      binding.close(handle);
      engine._handle = null;
    }
    const output = takeResult(result, config);
    if (result[1] !== 0) callback(output);
    else callback(null, engine ? { buffer: output, engine } : output);
  });
}

function syncFunction(mode, className) {
  return function syncBufferWrapper(buffer, opts) {
    return zlibBufferSync(mode, className, buffer, opts);
  };
}

function asyncFunction(mode, className) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    return zlibBuffer(mode, className, buffer, opts, callback);
  };
}

// crc32(data[, value]): the CRC-32 of `data` (strings as UTF-8), continuing from `value`.
function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)(
      'data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? data : inputBytes(data), value);
}

const classNames = [
  'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress',
  'BrotliDecompress',
];

module.exports = { crc32 };
for (const name of classNames) module.exports[name] = classes[name];

const oneShot = [
  ['deflate', modes.DEFLATE, 'Deflate'],
  ['gzip', modes.GZIP, 'Gzip'],
  ['deflateRaw', modes.DEFLATERAW, 'DeflateRaw'],
  ['unzip', modes.UNZIP, 'Unzip'],
  ['inflate', modes.INFLATE, 'Inflate'],
  ['gunzip', modes.GUNZIP, 'Gunzip'],
  ['inflateRaw', modes.INFLATERAW, 'InflateRaw'],
  ['brotliCompress', modes.BROTLI_ENCODE, 'BrotliCompress'],
  ['brotliDecompress', modes.BROTLI_DECODE, 'BrotliDecompress'],
];
for (const [name, mode, className] of oneShot) {
  module.exports[name] = asyncFunction(mode, className);
  module.exports[`${name}Sync`] = syncFunction(mode, className);
}

const createOrder = [
  'Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip', 'BrotliCompress',
  'BrotliDecompress',
];
for (const name of createOrder) {
  const Class = classes[name];
  const create = {
    [`create${name}`](options) {
      return new Class(options);
    },
  }[`create${name}`];
  module.exports[`create${name}`] = create;
}

ObjectDefineProperty(module.exports, 'constants', {
  __proto__: null, configurable: false, enumerable: true, value: constants,
});
ObjectDefineProperty(module.exports, 'codes', {
  __proto__: null, configurable: false, enumerable: true, writable: false,
  value: ObjectFreeze(codes),
});

// The legacy top-level copies of the zlib (not Brotli) constants: hidden, read-only.
for (const name of ObjectKeys(constants)) {
  if (StringPrototypeStartsWith(name, 'BROTLI')) continue;
  ObjectDefineProperty(module.exports, name, {
    __proto__: null, enumerable: false, value: constants[name], writable: false,
  });
}
