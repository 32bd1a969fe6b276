// Buffer.of and Buffer.copyBytesFrom (offsets, lengths, typed arrays of other widths, errors).
'use strict';
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, r instanceof Buffer, r.length, r.toString('hex'));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
t('of', () => Buffer.of(1, 2, 300, -1, 'a', '7', 1.9));
t('of empty', () => Buffer.of());
t('of single', () => Buffer.of(65));
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
t('copyBytesFrom u16', () => Buffer.copyBytesFrom(u16));
t('copyBytesFrom u16 offset', () => Buffer.copyBytesFrom(u16, 1));
t('copyBytesFrom u16 offset len', () => Buffer.copyBytesFrom(u16, 1, 1));
t('copyBytesFrom len past end', () => Buffer.copyBytesFrom(u16, 1, 10));
t('copyBytesFrom offset past end', () => Buffer.copyBytesFrom(u16, 5));
t('copyBytesFrom offset = length', () => Buffer.copyBytesFrom(u16, 3));
t('copyBytesFrom len 0', () => Buffer.copyBytesFrom(u16, 0, 0));
t('copyBytesFrom f64', () => Buffer.copyBytesFrom(new Float64Array([1])));
t('copyBytesFrom u8', () => Buffer.copyBytesFrom(new Uint8Array([9, 8, 7]), 1));
t('copyBytesFrom buffer', () => Buffer.copyBytesFrom(Buffer.from('abc'), 2));
t('copyBytesFrom empty', () => Buffer.copyBytesFrom(new Uint32Array(0)));
t('copyBytesFrom subarray view', () => Buffer.copyBytesFrom(u16.subarray(1), 1));
t('copyBytesFrom offset -1', () => Buffer.copyBytesFrom(u16, -1));
t('copyBytesFrom offset 1.5', () => Buffer.copyBytesFrom(u16, 1.5));
t('copyBytesFrom offset "1"', () => Buffer.copyBytesFrom(u16, '1'));
t('copyBytesFrom length -1', () => Buffer.copyBytesFrom(u16, 0, -1));
t('copyBytesFrom length NaN', () => Buffer.copyBytesFrom(u16, 0, NaN));
t('copyBytesFrom not typed', () => Buffer.copyBytesFrom([1, 2]));
t('copyBytesFrom dataview', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('copyBytesFrom arraybuffer', () => Buffer.copyBytesFrom(new ArrayBuffer(2)));
t('copyBytesFrom undefined', () => Buffer.copyBytesFrom());
const src = new Uint8Array([1, 2, 3]);
const c = Buffer.copyBytesFrom(src);
src[0] = 99;
console.log('copied', c[0]);
console.log(Buffer.of.length, Buffer.copyBytesFrom.length, Buffer.from.length, Buffer.alloc.length);
