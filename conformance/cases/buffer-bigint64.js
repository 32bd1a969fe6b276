// BigInt64 / BigUInt64 reads and writes: edge values, out-of-range values, non-bigints, offsets.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
const edges = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 63n, -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n,
  0x0102030405060708n];
for (const m of ['writeBigInt64LE', 'writeBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE']) {
  for (const v of edges) {
    t(`${m} ${v}`, () => {
      const b = Buffer.alloc(10, 0xaa);
      const r = b[m](v, 1);
      return `${r} ${b.toString('hex')}`;
    });
  }
  for (const v of [1, '1', null, undefined, 1.5, true]) {
    t(`${m} ${typeof v} ${String(v)}`, () => Buffer.alloc(8)[m](v));
  }
  for (const o of [-1, 1, 2, 1.5, '0', NaN, null]) {
    t(`${m} offset ${String(o)}`, () => Buffer.alloc(9)[m](1n, o));
  }
}
const b = Buffer.from('0102030405060708ff', 'hex');
const f = Buffer.alloc(8, 0xff);
for (const m of ['readBigInt64LE', 'readBigInt64BE', 'readBigUInt64LE', 'readBigUInt64BE',
  'readBigUint64LE', 'readBigUint64BE']) {
  t(m, () => [b[m](), b[m](1), f[m](), typeof b[m]()]);
  t(`${m} bad`, () => b[m](2));
}
const min = Buffer.from('8000000000000000', 'hex');
console.log(min.readBigInt64BE(), min.readBigUInt64BE(), min.readBigInt64LE());
