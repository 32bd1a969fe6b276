// The lowercase-`int` aliases (readUint8, writeUint16LE, ...) exist and behave like the originals.
'use strict';
const names = ['readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE', 'readUintLE',
  'readUintBE', 'readBigUint64LE', 'readBigUint64BE', 'writeUint8', 'writeUint16LE', 'writeUint16BE',
  'writeUint32LE', 'writeUint32BE', 'writeUintLE', 'writeUintBE', 'writeBigUint64LE', 'writeBigUint64BE'];
for (const n of names) {
  const orig = n.replace('Uint', 'UInt');
  const p = Buffer.prototype;
  console.log(n, typeof p[n], p[n] === p[orig], p[n].name, p[orig].name, p[n].length);
}
const b = Buffer.alloc(8);
console.log(b.writeUint16BE(0x1234, 0), b.writeUintLE(0x56789a, 2, 3), b.writeUint8(0xbc, 5), b.toString('hex'));
console.log(b.readUint16BE(0), b.readUintLE(2, 3), b.readUint8(5), b.readUintBE(0, 6));
try {
  b.writeUint8(256);
} catch (e) {
  console.log(e.code, e.message);
}
