// Hex decoding stops at the first invalid pair; case, odd lengths, whitespace, and writes.
'use strict';
const inputs = ['', '0', '00', '0g', 'g0', 'ab', 'AB', 'aB', 'abc', 'abcd', 'ab cd', 'ab\ncd', 'abzzcd', 'zzab',
  '0x10', '+1', ' ab', 'ab ', 'a\u00e9', '\u0661\u0662', 'ffffffff', 'FFeeDDcc1', '1234567890abcdef'];
for (const s of inputs) {
  const b = Buffer.from(s, 'hex');
  const w = Buffer.alloc(6, 0xee);
  const n = w.write(s, 'hex');
  const w2 = Buffer.alloc(6, 0xee);
  const n2 = w2.write(s, 2, 'hex');
  console.log(JSON.stringify(s), b.length, b.toString('hex'), Buffer.byteLength(s, 'hex'), n, w.toString('hex'), n2,
    w2.toString('hex'));
}
console.log(Buffer.from([0, 15, 16, 255]).toString('hex'), Buffer.from([0xab]).toString('HEX'));
