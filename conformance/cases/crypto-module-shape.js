'use strict';
// node:crypto's exports (names and types), constants, and hashes used by common npm packages
// (etag's sha1/base64, cookie-signature's sha256 HMAC, uuid's random bytes).
const crypto = require('crypto');

console.log(Object.keys(crypto).join(' '));
for (const name of ['createHash', 'createHmac', 'getHashes', 'randomBytes', 'randomFill',
  'randomFillSync', 'randomInt', 'randomUUID', 'timingSafeEqual', 'hash', 'getRandomValues',
  'Hash', 'Hmac']) {
  console.log(name, typeof crypto[name]);
}
console.log(typeof crypto.webcrypto, typeof crypto.subtle, typeof crypto.constants);
console.log(Object.keys(crypto.constants).length, crypto.constants.RSA_PKCS1_PADDING,
  crypto.constants.TLS1_3_VERSION, crypto.constants.POINT_CONVERSION_HYBRID);
console.log(Object.getPrototypeOf(crypto.constants));
console.log(crypto.getFips());
console.log(require('node:crypto') === crypto);

// What etag does.
const body = 'hello world';
const hash = crypto.createHash('sha1').update(body, 'utf8').digest('base64').substring(0, 27);
console.log(`"${Buffer.byteLength(body).toString(16)}-${hash}"`);
// What cookie-signature does.
console.log(crypto.createHmac('sha256', 'tobiiscool').update('hello').digest('base64').replace(/=+$/, ''));
// What uuid v4 does with its random bytes (format only).
const rnds = crypto.randomFillSync(new Uint8Array(16));
rnds[6] = (rnds[6] & 0x0f) | 0x40;
rnds[8] = (rnds[8] & 0x3f) | 0x80;
console.log(rnds.length, rnds[6] >> 4, (rnds[8] >> 6).toString(2));
