// indexOf / lastIndexOf / includes with numbers (wrapping, negative, fractional), buffers and bad needles.
'use strict';
const b = Buffer.from([0, 1, 2, 255, 128, 1, 0, 0x41]);
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
for (const n of [0, 1, 255, 256, 257, 511, -1, -255, -256, -128, 128.7, 1.5, -0.5, NaN, Infinity, 65, 0x141, 2 ** 32 + 1]) {
  t(`num ${n}`, () => [b.indexOf(n), b.lastIndexOf(n), b.includes(n)]);
}
t('num offset', () => [b.indexOf(1, 2), b.lastIndexOf(1, 4), b.indexOf(0, -2), b.lastIndexOf(0, -3)]);
t('buffer needle', () => [b.indexOf(Buffer.from([1, 0])), b.lastIndexOf(Buffer.from([1]))]);
t('u8 needle', () => [b.indexOf(new Uint8Array([255, 128])), b.lastIndexOf(new Uint8Array([0]))]);
t('u16 needle', () => b.indexOf(new Uint16Array([1])));
t('arraybuffer needle', () => b.indexOf(new ArrayBuffer(1)));
t('bool needle', () => b.indexOf(true));
t('null needle', () => b.indexOf(null));
t('undefined needle', () => b.indexOf());
t('object needle', () => b.indexOf({}));
t('array needle', () => b.indexOf([1]));
t('bigint needle', () => b.indexOf(1n));
t('symbol needle', () => b.indexOf(Symbol('x')));
t('boxed string needle', () => b.indexOf(new String('A')));
t('boxed number needle', () => b.indexOf(new Number(1)));
const long = Buffer.alloc(1000, 'abcdefghij');
t('long', () => [long.indexOf('jab'), long.lastIndexOf('jab'), long.indexOf('hij', 990), long.lastIndexOf('abc', 15)]);
t('long buffer needle', () => long.indexOf(long.subarray(500, 700)));
t('self', () => [long.indexOf(long), long.lastIndexOf(long), long.indexOf(long, 1)]);
