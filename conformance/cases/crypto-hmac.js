'use strict';
// createHmac: RFC 4231 / RFC 2202 vectors, every key type, long and empty keys, encodings.
const crypto = require('crypto');

const data = 'what do ya want for nothing?';
for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'ripemd160', 'RSA-SHA256', 'SHA256']) {
  console.log(algorithm, crypto.createHmac(algorithm, 'Jefe').update(data).digest('hex'));
}
const key = Buffer.alloc(20, 0x0b);
console.log(crypto.createHmac('sha256', key).update('Hi There').digest('hex'));
const longKey = Buffer.alloc(131, 0xaa);
console.log(crypto.createHmac('sha256', longKey)
  .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
console.log(crypto.createHmac('sha512', longKey).update('x').digest('base64'));

const keys = {
  string: 'secret',
  buffer: Buffer.from('secret'),
  uint8: new Uint8Array(Buffer.from('secret')),
  uint16: new Uint16Array(new Uint8Array(Buffer.from('secret')).buffer),
  dataview: new DataView(new Uint8Array(Buffer.from('xsecretx')).buffer, 1, 6),
  arraybuffer: new Uint8Array(Buffer.from('secret')).buffer,
  sliced: Buffer.from('..secret..').subarray(2, 8),
};
for (const [name, k] of Object.entries(keys)) {
  console.log(name, crypto.createHmac('sha256', k).update('msg').digest('hex'));
}
console.log('empty', crypto.createHmac('sha256', '').update('msg').digest('hex'));
console.log('empty buffer', crypto.createHmac('sha1', Buffer.alloc(0)).digest('hex'));
console.log('unicode key', crypto.createHmac('sha256', 'cl\u00e9\u{1F511}').update('m').digest('hex'));
console.log('hex key', crypto.createHmac('sha256', '736563726574', { encoding: 'hex' }).update('msg').digest('hex'));
console.log('latin1 key', crypto.createHmac('md5', '\u00e9', { encoding: 'latin1' }).digest('hex'));
const pieces = crypto.createHmac('sha256', 'k');
for (const c of 'hello world') pieces.update(c);
console.log(pieces.digest('hex') === crypto.createHmac('sha256', 'k').update('hello world').digest('hex'));
console.log(crypto.createHmac('sha256', 'k').update('x').digest('bogus').length);
console.log(crypto.createHmac('sha256', 'k').update('x').digest().length);
const m = crypto.createHmac('md5', 'k');
console.log(m instanceof crypto.Hmac, m.update('a') === m, typeof m.copy, Object.keys(m));
console.log(crypto.Hmac('md5', 'k').digest('hex'));
