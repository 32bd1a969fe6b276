'use strict';
// node:crypto - hashes (createHash, hash), HMAC, random numbers (randomBytes, randomFill(Sync),
// randomInt, randomUUID, getRandomValues), timingSafeEqual and the Web Crypto object (see
// internal/crypto/*). Ciphers, keys, signatures, key derivation and Diffie-Hellman are not
// implemented in coil yet: each of those functions and constructors throws
// ERR_COIL_NOT_IMPLEMENTED.

const { KeyObject, createSecretKey } = require('internal/crypto/keys');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues, timingSafeEqual,
} = require('internal/crypto/random');
const { stubFunction, stubClass } = require('internal/not_implemented');

const ObjectDefineProperty = Object.defineProperty;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

const stub = (name) => stubFunction(`crypto.${name}()`, name);
const stubCtor = (name) => stubClass(`crypto.${name}`, name);

// OpenSSL 3's values, as Node v20 reports them.
const defaultCoreCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
  'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:' +
  '!PSK:!SRP:!CAMELLIA';
const constants = {
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
let defaultCipherList = defaultCoreCipherList;
ObjectDefineProperty(constants, 'defaultCipherList', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return defaultCipherList; },
  set(value) { defaultCipherList = value; },
});

// Node's order of exports.
module.exports = {
  checkPrime: stub('checkPrime'),
  checkPrimeSync: stub('checkPrimeSync'),
  createCipheriv: stub('createCipheriv'),
  createDecipheriv: stub('createDecipheriv'),
  createDiffieHellman: stub('createDiffieHellman'),
  createDiffieHellmanGroup: stub('createDiffieHellmanGroup'),
  createECDH: stub('createECDH'),
  createHash,
  createHmac,
  createPrivateKey: stub('createPrivateKey'),
  createPublicKey: stub('createPublicKey'),
  createSecretKey,
  createSign: stub('createSign'),
  createVerify: stub('createVerify'),
  diffieHellman: stub('diffieHellman'),
  generatePrime: stub('generatePrime'),
  generatePrimeSync: stub('generatePrimeSync'),
  getCiphers: stub('getCiphers'),
  getCipherInfo: stub('getCipherInfo'),
  getCurves: stub('getCurves'),
  getDiffieHellman: stub('getDiffieHellman'),
  getHashes,
  hkdf: stub('hkdf'),
  hkdfSync: stub('hkdfSync'),
  pbkdf2: stub('pbkdf2'),
  pbkdf2Sync: stub('pbkdf2Sync'),
  generateKeyPair: stub('generateKeyPair'),
  generateKeyPairSync: stub('generateKeyPairSync'),
  generateKey: stub('generateKey'),
  generateKeySync: stub('generateKeySync'),
  privateDecrypt: stub('privateDecrypt'),
  privateEncrypt: stub('privateEncrypt'),
  publicDecrypt: stub('publicDecrypt'),
  publicEncrypt: stub('publicEncrypt'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt: stub('scrypt'),
  scryptSync: stub('scryptSync'),
  sign: stub('sign'),
  setEngine: stub('setEngine'),
  timingSafeEqual,
  getFips() { return 0; },
  setFips: stub('setFips'),
  verify: stub('verify'),
  hash,
  Certificate: stubCtor('Certificate'),
  Cipher: stubCtor('Cipher'),
  Cipheriv: stubCtor('Cipheriv'),
  Decipher: stubCtor('Decipher'),
  Decipheriv: stubCtor('Decipheriv'),
  DiffieHellman: stubCtor('DiffieHellman'),
  DiffieHellmanGroup: stubCtor('DiffieHellmanGroup'),
  ECDH: stubCtor('ECDH'),
  Hash,
  Hmac,
  KeyObject,
  Sign: stubCtor('Sign'),
  Verify: stubCtor('Verify'),
  X509Certificate: stubCtor('X509Certificate'),
  secureHeapUsed: stub('secureHeapUsed'),
  constants,
};

// The Web Crypto object loads on first use.
const webcrypto = () => require('internal/crypto/webcrypto').crypto;
for (const [name, get] of [
  ['webcrypto', webcrypto],
  ['subtle', () => webcrypto().subtle],
  ['getRandomValues', () => getRandomValues],
]) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null, configurable: false, enumerable: true, get,
  });
}
