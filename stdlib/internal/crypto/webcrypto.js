'use strict';
// The Web Crypto `crypto` object (the global `crypto` and `require('crypto').webcrypto`):
// getRandomValues and randomUUID work; of SubtleCrypto only digest() does, every other method
// rejects with ERR_COIL_NOT_IMPLEMENTED.

const random = require('internal/crypto/random');
const { hash } = require('internal/crypto/hash');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const PromiseReject = Promise.reject.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);
const StringPrototypeToUpperCase = Function.prototype.call.bind(String.prototype.toUpperCase);
const Uint8ArrayCtor = Uint8Array;

let codes;
function errors() {
  codes ??= require('internal/errors').codes;
  return codes;
}

const kConstruct = Symbol('kConstruct');

function illegalConstructor() {
  const error = new TypeError('Illegal constructor');
  error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return error;
}

// Web Crypto digest names -> ours.
const digestNames = {
  __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
};

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }

  // digest(algorithm, data) -> Promise<ArrayBuffer>.
  digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) {
      return PromiseReject(new (errors().ERR_INVALID_THIS)('SubtleCrypto'));
    }
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const ours = typeof name === 'string' ? digestNames[StringPrototypeToUpperCase(name)] : undefined;
    if (ours === undefined) {
      const { DOMException } = require('internal/dom_exception');
      return PromiseReject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
    }
    let bytes;
    if (isAnyArrayBuffer(data)) bytes = new Uint8ArrayCtor(data);
    else if (isArrayBufferView(data)) bytes = data;
    else {
      return PromiseReject(new (errors().ERR_INVALID_ARG_TYPE)(
        'data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data));
    }
    const digest = hash(ours, bytes, 'buffer');
    return PromiseResolve(digest.buffer);
  }
}
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  SubtleCrypto.prototype[name] = {
    [name]() {
      const { notImplemented } = require('internal/not_implemented');
      return PromiseReject(notImplemented(`crypto.subtle.${name}()`));
    },
  }[name];
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kConstruct);
let crypto;

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw new (errors().ERR_INVALID_THIS)('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new (errors().ERR_INVALID_THIS)('Crypto');
    if (arguments.length < 1) {
      const error = new TypeError(
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new (errors().ERR_INVALID_THIS)('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', configurable: true,
});

crypto = new Crypto(kConstruct);

module.exports = { crypto, Crypto, SubtleCrypto };
