// structuredClone — transfer of ArrayBuffers (originals detached) and uncloneable values.
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const c = structuredClone({ u8 }, { transfer: [ab] });
console.log(ab.byteLength, u8.length, u8.byteLength, u8.byteOffset, ab.detached);
console.log(c.u8.buffer.byteLength, Array.from(c.u8));
try { u8[0] = 9; console.log('write to detached view ignored', u8[0]); } catch (e) { console.log(e.name); }
try { new Uint8Array(ab); } catch (e) { console.log('view on detached', e.name); }
try { structuredClone(ab); } catch (e) { console.log('clone detached', e.name, e.code, e.message); }
const ab2 = new ArrayBuffer(4);
const moved = structuredClone(ab2, { transfer: [ab2] });
console.log(moved.byteLength, ab2.byteLength, moved !== ab2);
// transferred buffer not referenced by the value is still detached
const ab3 = new ArrayBuffer(2);
console.log(structuredClone('x', { transfer: [ab3] }), ab3.byteLength);
const errors = [
  ['duplicate', () => { const d = new ArrayBuffer(1); structuredClone(d, { transfer: [d, d] }); }],
  ['plain object', () => structuredClone(1, { transfer: [{}] })],
  ['typed array', () => structuredClone(1, { transfer: [new Uint8Array(2)] })],
  ['not iterable', () => structuredClone(1, { transfer: 5 })],
  ['options string', () => structuredClone(1, 'x')],
  ['options null', () => structuredClone(1, null)],
  ['transfer undefined', () => structuredClone(1, { transfer: undefined })],
  ['detached in list', () => structuredClone(1, { transfer: [ab] })],
];
for (const [label, f] of errors) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const bad = [() => {}, function named() {}, Symbol('s'), new WeakMap(), new WeakSet(), Promise.resolve(), { f() {} }, [Symbol.iterator], new WeakRef({})];
for (const v of bad) {
  try {
    structuredClone(v);
    console.log('cloned?');
  } catch (e) {
    console.log(e.name, e.code, e.message, e.constructor.name, e instanceof DOMException, e instanceof Error, DOMException.DATA_CLONE_ERR);
  }
}
// a failed clone does not detach transferred buffers
const keep = new ArrayBuffer(4);
try { structuredClone({ f() {} }, { transfer: [keep] }); } catch (e) { console.log(e.name); }
console.log('still attached:', keep.byteLength);
