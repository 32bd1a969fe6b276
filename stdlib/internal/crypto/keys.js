'use strict';
// KeyObject for secret (symmetric) keys: crypto.createSecretKey and what accepts its result
// (createHmac). Asymmetric keys (PEM/DER parsing, createPrivateKey/createPublicKey) are not
// implemented in coil: those throw ERR_COIL_NOT_IMPLEMENTED, which libraries such as
// jsonwebtoken treat as "not that kind of key" before falling back to a secret key.

const { Buffer } = require('buffer');

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');

function errors() {
  return require('internal/errors').codes;
}

// The handle argument is an internal token: user code cannot build KeyObjects directly.
const kHandleToken = Symbol('KeyObject handle');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new (errors().ERR_INVALID_ARG_VALUE)('type', type);
    }
    if (typeof handle !== 'object' || handle === null || handle[kHandleToken] !== true) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyBytes, { __proto__: null, value: handle.bytes, enumerable: false });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    throw new (errors().ERR_COIL_NOT_IMPLEMENTED)('KeyObject.from() (CryptoKey)');
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      Buffer.compare(otherKeyObject[kKeyBytes], this[kKeyBytes]) === 0;
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      require('internal/validators').validateObject(options, 'options');
      const { format } = options;
      if (format === 'jwk') return { kty: 'oct', k: this[kKeyBytes].toString('base64url') };
      if (format !== undefined && format !== 'buffer') {
        throw new (errors().ERR_INVALID_ARG_VALUE)('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return Buffer.from(this[kKeyBytes]);
  }
}
Object.defineProperty(SecretKeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', configurable: true,
});

/** crypto.createSecretKey(key[, encoding]): a KeyObject holding a copy of the key bytes. */
function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') {
    bytes = Buffer.from(key, encoding);
  } else if (key instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && key instanceof SharedArrayBuffer)) {
    bytes = Buffer.from(new Uint8Array(key).slice());
  } else if (ArrayBuffer.isView(key)) {
    bytes = Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength).slice());
  } else {
    throw new (errors().ERR_INVALID_ARG_TYPE)('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject({ [kHandleToken]: true, bytes });
}

/** The bytes of a secret KeyObject (for Hmac), or undefined for anything else. */
function secretKeyBytes(key) {
  return key instanceof KeyObject && key.type === 'secret' ? key[kKeyBytes] : undefined;
}

module.exports = { KeyObject, SecretKeyObject, createSecretKey, secretKeyBytes };
