'use strict';
// Hash, Hmac, crypto.hash() and getHashes(): argument checks and Node's finalization rules here;
// the digest state lives in Rust (internalBinding('crypto'), runtime/src/bindings/crypto.rs).

const binding = internalBinding('crypto');
const { FastBuffer } = require('internal/buffer/fast_buffer');
require('buffer'); // puts Buffer's methods on FastBuffer.prototype
const { encodingIds, lookupEncoding } = require('internal/buffer/encodings');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray } = require('internal/util/types');
const { validateString, validateUint32 } = require('internal/validators');
const LazyTransform = require('internal/crypto/lazy_transform');

const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const ArrayPrototypeSort = Function.prototype.call.bind(Array.prototype.sort);
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const Uint8ArrayCtor = Uint8Array;

let codes;
function errors() {
  codes ??= require('internal/errors').codes;
  return codes;
}

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
// Passed as Hash's first argument by copy(): the second is then the handle to wrap.
const kCopy = Symbol('kCopy');

// The bytes of a TypedArray, DataView or ArrayBuffer as a typed array the binding reads.
function bytesOf(data) {
  if (isTypedArray(data)) return data;
  if (isAnyArrayBuffer(data)) return new Uint8ArrayCtor(data);
  return new Uint8ArrayCtor(data.buffer, data.byteOffset, data.byteLength);
}

// The binding's id for a string's input encoding: Node reads unknown encodings as UTF-8.
function inputEncodingId(encoding) {
  if (encoding == null) return 0;
  const name = lookupEncoding(encoding);
  return name === undefined ? 0 : encodingIds[name];
}

// Finishes `handle`: a Buffer, or a string when `encoding` names a known encoding (Node returns
// a Buffer for 'buffer' and for names it does not know).
function finish(handle, encoding) {
  const name = lookupEncoding(encoding);
  if (name === undefined) return new FastBuffer(binding.digest(handle));
  return binding.digest(handle, encodingIds[name]);
}

// OpenSSL's error for an outputLength a fixed-length digest does not have.
function invalidLengthError() {
  const error = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
  error.library = 'digital envelope routines';
  error.reason = 'not XOF or invalid length';
  error.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return error;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let handle;
  if (algorithm === kCopy) {
    handle = options;
    options = arguments[2];
  } else {
    validateString(algorithm, 'algorithm');
  }
  const outputLength = typeof options === 'object' && options !== null ?
    options.outputLength : undefined;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  if (handle === undefined) {
    handle = binding.createHash(algorithm);
    if (handle === null) throw new Error('Digest method not supported');
  }
  // Only extendable-output functions (SHAKE, not supported here) take another length.
  if (outputLength !== undefined && outputLength !== binding.digestSize(handle)) {
    throw invalidLengthError();
  }
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hash.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new (errors().ERR_CRYPTO_HASH_FINALIZED)();
  return new Hash(kCopy, binding.copy(this[kHandle]), options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.update(this[kHandle], typeof chunk === 'string' ? chunk : bytesOf(chunk),
                 inputEncodingId(encoding));
  callback();
};

// As a stream the digest is pushed at the end; digest() may still be called once after that
// and returns the same digest, as in Node.
const kStreamDigest = Symbol('kStreamDigest');
Hash.prototype._flush = function _flush(callback) {
  const bytes = finish(this[kHandle], 'buffer');
  this[kState][kStreamDigest] = bytes;
  this.push(new FastBuffer(bytes)); // a copy: the reader may change the chunk it gets
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new (errors().ERR_CRYPTO_HASH_FINALIZED)();
  if (typeof data === 'string') {
    if (encoding != null && lookupEncoding(encoding) === 'hex' && data.length % 2 !== 0) {
      throw new (errors().ERR_INVALID_ARG_VALUE)(
        'encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    binding.update(this[kHandle], data, inputEncodingId(encoding));
  } else if (isArrayBufferView(data)) {
    binding.update(this[kHandle], bytesOf(data));
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new (errors().ERR_CRYPTO_HASH_FINALIZED)();
  const encoding = `${outputEncoding || 'buffer'}`;
  const streamed = state[kStreamDigest];
  const result = streamed === undefined ? finish(this[kHandle], encoding) :
    (encoding === 'buffer' ? streamed : streamed.toString(encoding));
  state[kFinalized] = true;
  return result;
};

// A key as bytes: strings in `encoding` (UTF-8 by default), buffers, or a secret KeyObject;
// CryptoKey is not implemented in coil, so it is reported as an unsupported value.
function prepareSecretKey(key, encoding) {
  if (typeof key === 'string') {
    const { Buffer } = require('buffer');
    return Buffer.from(key, encoding);
  }
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return bytesOf(key);
  if (key !== null && typeof key === 'object') {
    const bytes = require('internal/crypto/keys').secretKeyBytes(key);
    if (bytes !== undefined) return bytes;
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)(
    'key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'],
    key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options != null && options.encoding != null) {
    encoding = options.encoding;
    validateString(encoding, 'options.encoding');
  }
  const handle = binding.createHmac(hmac, prepareSecretKey(key, encoding));
  if (handle === null) throw new (errors().ERR_CRYPTO_INVALID_DIGEST)(hmac);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hmac.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
// An Hmac's digest() after its stream ended returns an empty digest, as in Node.
Hmac.prototype._flush = function _flush(callback) {
  this.push(finish(this[kHandle], 'buffer'));
  this[kState][kFinalized] = true;
  callback();
};

// Unlike Hash, a finished Hmac digests again to an empty result.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || 'buffer';
  if (state[kFinalized]) return outputEncoding === 'buffer' ? new FastBuffer(0) : '';
  const result = finish(this[kHandle], `${outputEncoding}`);
  state[kFinalized] = true;
  return result;
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)(
      'input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let encoding = 'buffer';
  if (typeof outputEncoding !== 'string' || StringPrototypeToLowerCase(outputEncoding) !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    encoding = outputEncoding === '' ? 'utf8' : lookupEncoding(outputEncoding);
    if (encoding === undefined) {
      throw new (errors().ERR_INVALID_ARG_VALUE)('outputEncoding', outputEncoding);
    }
  }
  const handle = binding.createHash(algorithm);
  if (handle === null) throw new Error(`Digest method ${algorithm} is not supported`);
  binding.update(handle, typeof input === 'string' ? input : bytesOf(input), 0);
  return finish(handle, encoding);
}

let hashes;
// The supported algorithm names, sorted as Node lists them (code-unit order).
function getHashes() {
  hashes ??= ArrayPrototypeSort(ArrayPrototypeSlice(binding.hashes));
  return ArrayPrototypeSlice(hashes);
}

module.exports = { Hash, Hmac, hash, getHashes, bytesOf };
