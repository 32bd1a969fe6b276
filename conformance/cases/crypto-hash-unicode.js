'use strict';
// Strings are hashed as UTF-8 by default: BMP, astral, combining marks, lone surrogates
// (encoded as U+FFFD), and the same text in other input encodings.
const crypto = require('crypto');

const samples = ['caf\u00e9', 'cafe\u0301', '\u4e2d\u6587', '\u{1F600}\u{1F4A9}', '\ud800', 'a\udc00b',
  '\ud83d', '\u0000', '\u00ff\u0100', 'ÅΩ≈ç√∫', '\uFEFFbom'];
for (const s of samples) {
  console.log(JSON.stringify(s),
    crypto.createHash('sha256').update(s).digest('hex'),
    crypto.createHash('md5').update(s, 'utf16le').digest('hex'),
    crypto.createHash('md5').update(s, 'latin1').digest('hex'));
}
console.log(crypto.createHash('sha1').update('\u{1F600}').digest('hex') ===
  crypto.createHash('sha1').update(Buffer.from('\u{1F600}')).digest('hex'));
console.log(crypto.createHash('sha1').update('\ud800').digest('hex') ===
  crypto.createHash('sha1').update(Buffer.from([0xef, 0xbf, 0xbd])).digest('hex'));
console.log(crypto.createHash('sha1').update('h\u00e9').digest('latin1').length);
console.log(JSON.stringify(crypto.createHash('md5').update('x').digest('utf8')));
console.log(JSON.stringify(crypto.createHash('md5').update('x').digest('ucs2')));
