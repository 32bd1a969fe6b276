// Pooling: small allocUnsafe/from results share one ArrayBuffer; large and alloc() ones don't.
'use strict';
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
console.log('allocUnsafe share', a.buffer === b.buffer, a.buffer.byteLength === Buffer.poolSize);
console.log('offsets 8-aligned', (b.byteOffset - a.byteOffset) % 8, b.byteOffset - a.byteOffset);
const c = Buffer.from('abc');
const d = Buffer.from('defgh');
console.log('from share', c.buffer === d.buffer, d.byteOffset - c.byteOffset);
const e = Buffer.from([1, 2, 3]);
const f = Buffer.from([4]);
console.log('array share', e.buffer === f.buffer, f.byteOffset - e.byteOffset);
console.log('alloc unpooled', Buffer.alloc(10).buffer.byteLength, Buffer.allocUnsafeSlow(10).buffer.byteLength);
console.log('half pool', Buffer.allocUnsafe(4095).buffer.byteLength === Buffer.poolSize,
  Buffer.allocUnsafe(4096).buffer.byteLength);
console.log('from 4096 chars', Buffer.from('x'.repeat(4096)).buffer.byteLength,
  Buffer.from('x'.repeat(4095)).buffer.byteLength === Buffer.poolSize);
console.log('from ab is shared', Buffer.from(new ArrayBuffer(3)).buffer.byteLength);
console.log('concat pooled', Buffer.concat([Buffer.from('a')]).buffer.byteLength === Buffer.poolSize);
console.log('empty', Buffer.allocUnsafe(0).buffer.byteLength, Buffer.from('').buffer.byteLength, Buffer.from([]).buffer.byteLength);
Buffer.poolSize = 64;
const g = Buffer.allocUnsafe(20);
const h = Buffer.allocUnsafe(20);
console.log('new pool size', g.buffer.byteLength, h.buffer === g.buffer, h.byteOffset - g.byteOffset);
const i = Buffer.allocUnsafe(40);
console.log('over half of 64', i.buffer.byteLength);
const j = Buffer.allocUnsafe(30);
console.log('same pool', j.buffer.byteLength, j.buffer === h.buffer, j.byteOffset - h.byteOffset);
Buffer.poolSize = 8192;
const k = Buffer.allocUnsafe(5);
console.log('after reset', k.buffer.byteLength);
