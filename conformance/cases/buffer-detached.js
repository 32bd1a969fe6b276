// Buffers over a detached ArrayBuffer: length, reads, toString, and the errors that follow.
'use strict';
const ab = new ArrayBuffer(8);
const b = Buffer.from(ab);
b.write('abcdefgh');
structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, b.length, b.byteLength, b.byteOffset);
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? `<buf ${r.length}>` : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
t('toString', () => JSON.stringify(b.toString()));
t('toString hex', () => JSON.stringify(b.toString('hex')));
t('index', () => b[0]);
t('readUInt8', () => b.readUInt8(0));
t('indexOf', () => b.indexOf('a'));
t('equals', () => b.equals(Buffer.alloc(0)));
t('compare', () => Buffer.compare(b, Buffer.alloc(0)));
t('slice', () => b.slice(0, 2));
t('fill', () => b.fill(1));
t('write', () => b.write('x'));
t('toJSON', () => JSON.stringify(b));
t('inspect', () => require('util').inspect(b));
t('from detached', () => Buffer.from(b));
t('copy into', () => Buffer.from('xy').copy(b));
t('concat', () => Buffer.concat([b, Buffer.from('z')]));
t('byteLength', () => Buffer.byteLength(b));
t('isUtf8', () => require('buffer').isUtf8(b));
t('isAscii', () => require('buffer').isAscii(ab));
t('swap16', () => b.swap16());
t('from ab', () => Buffer.from(ab));
