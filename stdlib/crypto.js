'use strict';
// node:crypto — not implemented in coil yet (see README). Requiring it works; each function and
// constructor throws ERR_COIL_NOT_IMPLEMENTED.

module.exports = require('internal/not_implemented').stubModule('crypto', {
  functions: ['createHash', 'createHmac', 'createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'getHashes', 'getCiphers', 'getCurves', 'hkdf', 'hkdfSync', 'pbkdf2', 'pbkdf2Sync', 'randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'scrypt', 'scryptSync', 'sign', 'verify', 'timingSafeEqual', 'generateKeyPair', 'generateKeyPairSync', 'getRandomValues'],
  classes: ['Hash', 'Hmac', 'KeyObject', 'Certificate', 'Cipher', 'Decipher', 'Sign', 'Verify', 'X509Certificate'],
  values: {},
});
