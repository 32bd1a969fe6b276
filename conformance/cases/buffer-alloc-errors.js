// Size validation of alloc, allocUnsafe, allocUnsafeSlow: exact error messages.
'use strict';
const sizes = [-1, -0, NaN, Infinity, -Infinity, 2 ** 32 + 1, 2 ** 53, 1.5, '5', null, undefined, true,
  {}, [], 5n, Symbol('s'), () => 1, 0x7fffffff + 1];
for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
  for (const s of sizes) {
    let label;
    try { label = String(s); } catch { label = 'symbol'; }
    if (typeof s === 'function') label = 'function';
    if (s === 0x7fffffff + 1) {
      // Valid but large: don't allocate, just check the cutoff value type.
      continue;
    }
    try {
      const b = Buffer[fn](s);
      console.log(fn, label, 'ok', b.length);
    } catch (e) {
      console.log(fn, label, 'threw', e.name, e.code, e.message);
    }
  }
}
console.log(Buffer.alloc(0).length, Buffer.allocUnsafe(0).length, Buffer.allocUnsafeSlow(0).length);
const slow = Buffer.allocUnsafeSlow(10);
console.log(slow.byteOffset, slow.buffer.byteLength);
const a = Buffer.alloc(10);
console.log(a.byteOffset, a.buffer.byteLength, a.every((x) => x === 0));
const big = Buffer.allocUnsafe(5000);
console.log(big.byteOffset, big.buffer.byteLength);
console.log(Buffer.poolSize);
const u = Buffer.allocUnsafe(16);
console.log(u.length, u instanceof Buffer);
