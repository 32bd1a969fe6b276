'use strict';
// digest(outputEncoding) and update(data, inputEncoding) in each encoding Node knows.
const crypto = require('crypto');

const outputs = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'utf-8',
  'ucs2', 'utf16le', 'HEX', 'Base64', 'buffer', 'bogus', '', undefined, null, 0, 5];
for (const encoding of outputs) {
  const out = crypto.createHash('sha256').update('a').digest(encoding);
  console.log(String(encoding), Buffer.isBuffer(out), JSON.stringify(Buffer.isBuffer(out) ? out.toString('hex') : out));
}

const md5 = (data, enc) => crypto.createHash('md5').update(data, enc).digest('hex');
console.log(md5('616263', 'hex'), md5('YWJj', 'base64'), md5('YWJj', 'base64url'));
console.log(md5('abc', 'latin1'), md5('abc', 'binary'), md5('abc', 'ascii'), md5('abc', 'utf8'));
console.log(md5('abc', 'utf16le'), md5('abc', 'ucs2'), md5('abc', 'UCS-2'));
console.log(md5('abc', 'bogus'), md5('abc', null), md5('abc', undefined), md5('abc', 'UTF8'), md5('ab', 'HEX'));
console.log(md5('\u00e9\u00ff', 'latin1'), md5('\u00e9\u00ff'), md5('\u0100z', 'latin1'));
console.log(md5(Buffer.from('abc'), 'hex'), md5(new Uint8Array([97, 98, 99])));
console.log(md5(new Uint16Array([0x6261, 0x63])), md5(new DataView(new Uint8Array([97, 98, 99]).buffer)));
console.log(md5(Buffer.from('xxabcxx').subarray(2, 5)), md5(new Float64Array([1.5])));
console.log(md5('', 'hex'), md5('zz', 'hex'), md5('6g', 'hex'));
