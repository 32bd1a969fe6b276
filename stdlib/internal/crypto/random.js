'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues and timingSafeEqual.
// Bytes come from the OS random source in Rust; the asynchronous forms gather them on the worker
// pool and call back in the poll phase, as Node's do.

const binding = internalBinding('crypto');
const { FastBuffer } = require('internal/buffer/fast_buffer');
require('buffer'); // puts Buffer's methods on FastBuffer.prototype
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray } = require('internal/util/types');
const {
  validateBoolean, validateFunction, validateNumber, validateObject,
} = require('internal/validators');
const { bytesOf } = require('internal/crypto/hash');

const MathMin = Math.min;
const NumberIsNaN = Number.isNaN;
const NumberIsSafeInteger = Number.isSafeInteger;
const TypedArrayPrototypeSet = Function.prototype.call.bind(
  Object.getPrototypeOf(Uint8Array.prototype).set);
const TypedArrayPrototypeGetSymbolToStringTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);
const Uint8ArrayCtor = Uint8Array;

let codes;
function errors() {
  codes ??= require('internal/errors').codes;
  return codes;
}

const kMaxLength = 2 ** 31 - 1;
// randomInt draws 48-bit numbers.
const kRandMax = 2 ** 48 - 1;

// `offset` elements into a view of `length` bytes, as a byte offset.
function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = MathMin(length, kMaxLength);
  if (NumberIsNaN(offset) || offset < 0 || offset > max) {
    throw new (errors().ERR_OUT_OF_RANGE)('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

// `size` elements starting at byte `offset` of a view of `length` bytes, as a byte count.
function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (NumberIsNaN(size) || size < 0 || size > kMaxLength) {
    throw new (errors().ERR_OUT_OF_RANGE)('size', `>= 0 && <= ${kMaxLength}`, size);
  }
  if (size + offset > length) {
    throw new (errors().ERR_OUT_OF_RANGE)('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function checkTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  return buf.BYTES_PER_ELEMENT || 1;
}

function randomBytes(size, callback) {
  size = checkSize(size, 1, 0, Infinity);
  if (callback === undefined) {
    const buffer = new FastBuffer(size);
    if (size > 0) binding.randomFill(buffer, 0, size);
    return buffer;
  }
  validateFunction(callback, 'callback');
  binding.randomBytes(size, (error, bytes) => {
    if (error) callback(error);
    else callback(null, new FastBuffer(bytes));
  });
}

function randomFillSync(buf, offset = 0, size) {
  const elementSize = checkTarget(buf);
  offset = checkOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset :
    checkSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) binding.randomFill(bytesOf(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const elementSize = checkTarget(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset :
      checkSize(size, elementSize, offset, buf.byteLength);
  }
  binding.randomBytes(size, (error, bytes) => {
    if (error) {
      callback(error);
      return;
    }
    const target = isAnyArrayBuffer(buf) ? new Uint8ArrayCtor(buf) :
      new Uint8ArrayCtor(buf.buffer, buf.byteOffset, buf.byteLength);
    TypedArrayPrototypeSet(target, new Uint8ArrayCtor(bytes), offset);
    callback(null, buf);
  });
}

// Random 48-bit numbers come 6 bytes at a time from this cache, refilled when used up.
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;

function nextRandom48() {
  if (randomCacheOffset === randomCache.length) {
    binding.randomFill(randomCache, 0, randomCache.length);
    randomCacheOffset = 0;
  }
  const value = randomCache.readUIntBE(randomCacheOffset, 6);
  randomCacheOffset += 6;
  return value;
}

// A uniform integer in [min, max): rejection sampling avoids modulo bias.
function drawInt(min, range) {
  const limit = kRandMax - (kRandMax % range);
  for (;;) {
    const x = nextRandom48();
    if (x < limit) return min + (x % range);
  }
}

function randomInt(min, max, callback) {
  const minNotSpecified = max === undefined || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!NumberIsSafeInteger(min)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('min', 'a safe integer', min);
  }
  if (!NumberIsSafeInteger(max)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw new (errors().ERR_OUT_OF_RANGE)(
      'max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new (errors().ERR_OUT_OF_RANGE)(
      minNotSpecified ? 'max' : 'max - min', `<= ${kRandMax}`, range);
  }
  if (callback === undefined) return drawInt(min, range);
  // Node answers asynchronously after gathering entropy on the pool; so do we.
  binding.randomBytes(0, () => callback(undefined, drawInt(min, range)));
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return binding.randomUUID();
}

function domException(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

// Web Crypto's getRandomValues: integer typed arrays of at most 64 KiB, filled in place.
function getRandomValues(data) {
  if (!isTypedArray(data) || TypedArrayPrototypeGetSymbolToStringTag(data) === 'Float32Array' ||
      TypedArrayPrototypeGetSymbolToStringTag(data) === 'Float64Array') {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFill(data, 0, data.byteLength);
  return data;
}

// timingSafeEqual's type error is raised by Node's C++ side, without the "Received" part.
function timingSafeArgument(value, name) {
  if (isAnyArrayBuffer(value)) return new Uint8ArrayCtor(value);
  if (isArrayBufferView(value)) return bytesOf(value);
  const error = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, ` +
    'Buffer, TypedArray, or DataView.');
  error.code = 'ERR_INVALID_ARG_TYPE';
  throw error;
}

function timingSafeEqual(buf1, buf2) {
  const a = timingSafeArgument(buf1, 'buf1');
  const b = timingSafeArgument(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) {
    throw new (errors().ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH)();
  }
  return binding.timingSafeEqual(a, b);
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues, timingSafeEqual,
};
