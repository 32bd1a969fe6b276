'use strict';
// crypto.hash(algorithm, data[, outputEncoding]) (Node 20.12+).
const crypto = require('crypto');

function t(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? `<Buffer ${result.toString('hex')}>` : JSON.stringify(result));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(Object.keys(e)));
  }
}

console.log(typeof crypto.hash, crypto.hash.length);
t('default hex', () => crypto.hash('sha1', 'abc'));
t('undefined', () => crypto.hash('sha1', 'abc', undefined));
t('base64', () => crypto.hash('sha256', 'abc', 'base64'));
t('base64url', () => crypto.hash('sha256', 'a', 'base64url'));
t('buffer', () => crypto.hash('md5', 'abc', 'buffer'));
t('BUFFER', () => crypto.hash('md5', 'abc', 'BUFFER'));
t('latin1', () => crypto.hash('md5', 'abc', 'latin1'));
t('empty encoding', () => crypto.hash('md5', 'abc', ''));
t('ucs2 length', () => crypto.hash('sha1', 'abc', 'ucs2').length);
t('HEX', () => crypto.hash('md5', 'abc', 'HEX'));
t('buffer input', () => crypto.hash('sha1', Buffer.from('abc')));
t('typed input', () => crypto.hash('sha1', new Uint16Array([0x6261])));
t('dataview input', () => crypto.hash('sha1', new DataView(new ArrayBuffer(3))));
t('alias', () => crypto.hash('RSA-SHA256', ''));
t('unicode', () => crypto.hash('sha256', '\u{1F600}\u00e9'));
t('bad algorithm', () => crypto.hash('nope', 'abc'));
t('number algorithm', () => crypto.hash(5, 'abc'));
t('number input', () => crypto.hash('sha1', 5));
t('arraybuffer input', () => crypto.hash('sha1', new ArrayBuffer(2)));
t('bad encoding', () => crypto.hash('sha1', 'abc', 'bogus'));
t('bad encoding first', () => crypto.hash('nope', 'abc', 'bogus'));
t('null encoding', () => crypto.hash('sha1', 'abc', null));
t('number encoding', () => crypto.hash('sha1', 'abc', 5));
t('padded buffer', () => crypto.hash('sha1', 'abc', 'buffer '));
