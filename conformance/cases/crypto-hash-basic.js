'use strict';
// createHash: known digests of '' and 'abc' for each supported algorithm, and the aliases OpenSSL
// accepts (case-insensitive names, RSA-*, *WithRSAEncryption, SHA-256 spellings).
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224',
  'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160'];
for (const algorithm of algorithms) {
  console.log(algorithm, crypto.createHash(algorithm).digest('hex'));
  console.log(algorithm, crypto.createHash(algorithm).update('abc').digest('hex'));
}

const aliases = ['SHA256', 'Sha256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'SHA-256', 'sha2-256',
  'MD5', 'RSA-MD5', 'md5WithRSAEncryption', 'ssl3-md5', 'SHA-1', 'RSA-SHA1-2', 'ssl3-sha1',
  'RSA-SHA512/256', 'SHA-512/256', 'RMD160', 'ripemd', 'RIPEMD-160', 'SHA3-256', 'SHA-384'];
for (const alias of aliases) {
  console.log(alias, crypto.createHash(alias).update('abc').digest('hex'));
}

const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), hashes.every((h) => typeof h === 'string'));
console.log(['md5', 'sha1', 'sha256', 'sha512', 'RSA-SHA256'].every((h) => hashes.includes(h)));
console.log(JSON.stringify(hashes) === JSON.stringify([...hashes].sort()));
console.log(crypto.getHashes() !== crypto.getHashes());

const h = crypto.createHash('sha256');
console.log(h instanceof crypto.Hash, typeof h.update, typeof h.digest, typeof h.copy);
console.log(Object.keys(h));
console.log(crypto.Hash('md5').digest('hex'), new crypto.Hash('md5').digest('hex'));
console.log(crypto.Hash.length, crypto.createHash.length, crypto.Hmac.length, crypto.createHmac.length);
console.log(h.update('x') === h);
