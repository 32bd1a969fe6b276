'use strict';
// Large inputs: 10 MB buffers and strings, and an empty input.
const crypto = require('crypto');

const big = Buffer.alloc(10 * 1024 * 1024, 'abcdefghij');
console.log(crypto.createHash('sha256').update(big).digest('hex'));
console.log(crypto.createHash('md5').update(big).digest('hex'));
console.log(crypto.createHash('sha1').update(big).digest('base64'));
console.log(crypto.createHash('sha512').update(big.subarray(1, big.length - 1)).digest('hex'));
const bigString = 'x'.repeat(10 * 1024 * 1024);
console.log(crypto.createHash('sha256').update(bigString).digest('hex'));
const bigUnicode = '\u00e9'.repeat(1024 * 1024);
console.log(crypto.createHash('sha256').update(bigUnicode).digest('hex'));
console.log(crypto.createHash('sha256').update(bigUnicode, 'latin1').digest('hex'));
console.log(crypto.createHmac('sha256', 'key').update(big).digest('hex'));
console.log(crypto.hash('sha1', big));
console.log(crypto.createHash('sha256').update('').digest('hex'));
console.log(crypto.createHash('sha256').update(Buffer.alloc(0)).digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint8Array(0)).update('').digest('base64'));
