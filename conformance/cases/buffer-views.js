// Every native-backed operation on views with a non-zero byteOffset into a larger ArrayBuffer.
'use strict';
const ab = new ArrayBuffer(32);
const whole = Buffer.from(ab);
for (let i = 0; i < 32; i++) whole[i] = 0x41 + (i % 26);
const v = Buffer.from(ab, 5, 10); // FGHIJKLMNO
const w = whole.subarray(20, 28); // UVWXYZAB
console.log(v.toString(), w.toString(), v.toString('hex', 2, 4), v.toString('base64'), v.toString('ucs2'));
console.log(v.indexOf('J'), v.indexOf(0x41), v.lastIndexOf('G'), v.indexOf(Buffer.from('KL')), w.indexOf('AB'),
  v.indexOf('FG', 1), v.includes('E'), w.indexOf('W', 'ucs2'), w.indexOf('\u5857', 'ucs2'), w.indexOf('\u5756', 'ucs2'));
// (UCS-2 searches in views at an odd byteOffset are left out: node hangs or mis-reports there.)
console.log(Buffer.compare(v, w), v.compare(w, 0, 2, 0, 2), v.equals(Buffer.from('FGHIJKLMNO')),
  v.subarray(1).equals(Buffer.from('GHIJKLMNO')));
console.log(v.readUInt32BE(1), v.readInt16LE(3), v.readDoubleLE(2), v.readFloatBE(1), v.readBigUInt64LE(1),
  v.readUIntBE(4, 6), w.readIntLE(1, 5));
v.write('xyz', 8);
console.log(v.toString(), whole.toString());
v.fill('12', 1, 4);
console.log(whole.toString());
v.fill(0x2e, 7);
console.log(whole.toString());
v.swap16();
console.log(whole.toString());
v.copy(whole, 0, 2, 6);
console.log(whole.toString());
whole.copy(v, 0, 20, 24);
console.log(whole.toString());
v.writeDoubleBE(1.5, 1);
v.writeBigInt64LE(-2n, 1);
console.log(whole.toString('hex'));
v.writeUIntLE(0x123456, 3, 3);
console.log(v.toString('hex'), whole.subarray(0, 5).toString(), whole.subarray(15).toString());
console.log(Buffer.concat([v.subarray(2, 4), w.subarray(5)]).toString('hex'));
console.log(require('buffer').isUtf8(v), require('buffer').isAscii(w), require('buffer').isAscii(v));
console.log(JSON.stringify(w), require('util').inspect(w));
console.log(Buffer.from(w).toString(), Buffer.copyBytesFrom(w, 2, 3).toString());
