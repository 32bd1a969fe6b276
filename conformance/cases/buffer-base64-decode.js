// Base64 / base64url decoding details: whitespace, garbage, padding in the middle, url alphabet mixing.
'use strict';
const inputs = ['', 'Q', 'QQ', 'QQ=', 'QQ==', 'QUI', 'QUI=', 'QUJD', 'QUJDRA', 'QUJDRA==', 'QQ==QQ==',
  'QQ=QQ', 'Q===', '=QQ', 'QU JD', 'QU\nJD', ' Q U J D ', 'QU*JD', 'QU.JD', 'QUJD!', '-_-_', '+/+/', '+_-/',
  'QUJD====', 'QUJ=D', '\u00e9QUJD', 'QUJD\u20ac', 'Q\u0000UJD', 'QUJDRA=', 'A', 'AA', 'AAA', 'AAAA', '////',
  '____', 'QUJDRA%3D%3D', 'YWJj\r\nZGVm', 'YW Jj ZGVm'];
for (const s of inputs) {
  const a = Buffer.from(s, 'base64');
  const b = Buffer.from(s, 'base64url');
  const w = Buffer.alloc(10, 0xee);
  const n = w.write(s, 'base64');
  console.log(JSON.stringify(s), a.toString('hex'), b.toString('hex'), Buffer.byteLength(s, 'base64'),
    Buffer.byteLength(s, 'base64url'), n, w.toString('hex'));
}
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
console.log(all.toString('base64'));
console.log(all.toString('base64url'));
console.log(Buffer.from(all.toString('base64'), 'base64url').equals(all),
  Buffer.from(all.toString('base64url'), 'base64').equals(all));
