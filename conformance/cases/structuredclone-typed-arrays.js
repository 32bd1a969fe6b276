// structuredClone — typed arrays, DataView, shared backing buffers and offsets.
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
for (const K of kinds) {
  const big = K.name.startsWith('Big');
  const src = new K(big ? [1n, -2n, 3n] : [1, -2, 3.5]);
  const c = structuredClone(src);
  console.log(K.name, c.constructor.name, c !== src, c.buffer !== src.buffer, Array.from(c).join(','));
}
const buf = new ArrayBuffer(16);
const u8 = new Uint8Array(buf);
u8.set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
const view = new Uint16Array(buf, 4, 3);
const dv = new DataView(buf, 2, 8);
const c = structuredClone({ u8, view, dv, buf });
console.log(c.view.byteOffset, c.view.length, c.dv.byteOffset, c.dv.byteLength, c.buf.byteLength);
console.log('one shared buffer in the clone:', c.u8.buffer === c.buf, c.view.buffer === c.buf, c.dv.buffer === c.buf);
c.u8[4] = 0xff;
console.log(c.view[0].toString(16), c.dv.getUint8(2), u8[4]);
console.log(c.dv instanceof DataView, c.dv.getUint16(0), structuredClone(dv).getUint16(0, true));
const sub = u8.subarray(10, 12);
const cs = structuredClone(sub);
console.log(cs.byteOffset, cs.length, cs.buffer.byteLength, Array.from(cs));
const b = Buffer.from('buffer!');
const cb = structuredClone(b);
console.log(cb.constructor.name, Buffer.isBuffer(cb), cb.length, Buffer.from(cb).toString());
const ab = structuredClone(new ArrayBuffer(3));
console.log(ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab));
const e = structuredClone(new Float64Array(0));
console.log(e, e.length);
const f = new Float32Array([NaN, -0, Infinity]);
const cf = structuredClone(f);
console.log(cf, Object.is(cf[1], -0));
const withProp = new Uint8Array(2);
withProp.extra = 'x';
console.log(structuredClone(withProp).extra);
console.log(structuredClone([new Uint8Array([7])]), structuredClone(new Map([['k', new Int16Array([-1])]])));
