// TextEncoder — encodeInto with small and offset destinations, lone surrogates, validation.
const enc = new TextEncoder();
const hex = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('hex');
for (const [src, size] of [['abc', 2], ['é', 1], ['é', 2], ['€', 2], ['€', 3], ['😀', 3], ['😀', 4], ['a😀b', 5], ['a😀b', 6], ['', 4], ['x', 0]]) {
  const dest = new Uint8Array(size);
  const r = enc.encodeInto(src, dest);
  console.log(JSON.stringify(src), size, r, hex(dest), Object.keys(r));
}
// offset views write only into their window
const backing = new Uint8Array(8).fill(0xaa);
const view = backing.subarray(2, 5);
console.log(enc.encodeInto('hé!', view), hex(backing));
// lone surrogates become U+FFFD (3 bytes)
for (const s of ['\ud800', '\udc00x', 'a\ud83d', '\ud83d\ude00', '\ude00\ud83d']) {
  const d = new Uint8Array(12);
  const r = enc.encodeInto(s, d);
  console.log(JSON.stringify(s), r.read, r.written, hex(d.subarray(0, r.written)), hex(enc.encode(s)));
}
// non-string sources
const d = new Uint8Array(16);
for (const src of [123, null, undefined, { toString: () => 'obj' }, Symbol('s')]) {
  try {
    console.log('src ok', enc.encodeInto(src, d));
  } catch (e) {
    console.log('src', e.name, e.code, e.message);
  }
}
for (const bad of [new Uint16Array(4), new ArrayBuffer(4), [0, 0], Buffer.alloc(0), new Uint8ClampedArray(2), undefined]) {
  try {
    console.log('ok', enc.encodeInto('hi', bad), bad && bad.constructor.name);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(4);
console.log(enc.encodeInto('€', b), b);
console.log(enc.encode('€') instanceof Uint8Array, Buffer.isBuffer(enc.encode('€')), enc.encode.length, enc.encodeInto.length);
