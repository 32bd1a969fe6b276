// Buffers with other APIs: TextDecoder/TextEncoder, util.types, deep equality, structuredClone, DataView.
'use strict';
const util = require('util');
const assert = require('assert');
const b = Buffer.from('héllo');
console.log(new TextDecoder().decode(b), new TextDecoder().decode(b.subarray(1, 3)));
const enc = new TextEncoder().encode('abc');
console.log(enc instanceof Buffer, Buffer.from(enc.buffer, enc.byteOffset, enc.length).toString());
console.log(util.types.isUint8Array(b), util.types.isTypedArray(b), util.types.isArrayBufferView(b),
  util.types.isAnyArrayBuffer(b.buffer));
console.log(util.isDeepStrictEqual(b, Buffer.from('héllo')), util.isDeepStrictEqual(b, new Uint8Array(b)));
try {
  assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac'));
} catch (e) {
  console.log(e.code, e.message.split('\n').length > 1);
}
assert.deepEqual(Buffer.from('ab'), new Uint8Array([97, 98]));
console.log('deepEqual ok');
const clone = structuredClone(b);
console.log(clone instanceof Buffer, clone.constructor.name, Array.from(clone));
const dv = new DataView(b.buffer, b.byteOffset, b.length);
console.log(dv.getUint8(0), dv.getUint16(1));
console.log(Array.isArray(b), b.BYTES_PER_ELEMENT, Buffer.BYTES_PER_ELEMENT);
try {
  Object.freeze(Buffer.from('x'));
  console.log('froze');
} catch (e) {
  console.log('freeze threw', e.name);
}
const sealed = Object.seal(Buffer.alloc(0));
console.log(Object.isSealed(sealed));
const b2 = Buffer.from('abc');
try {
  b2.length = 1;
} catch (e) {
  console.log('length assignment threw', e.name);
}
console.log(b2.length, b2.toString());
try {
  b2[5] = 1;
} catch (e) {
  console.log('out of range index threw', e.name);
}
b2[-1] = 2;
console.log(b2[5], b2[-1], Object.keys(b2));
console.log(Number(Buffer.from('5')), Buffer.from('ab') == 'ab', Buffer.from('ab') + Buffer.from('cd'));
console.log(JSON.stringify({ toJSON: Buffer.prototype.toJSON.bind(Buffer.from('z')) }));
console.log(String.fromCharCode(...Buffer.from('xyz')));
