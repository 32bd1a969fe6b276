'use strict';
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
  }
}

const verdict = (a, b) => {
  const r = [];
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try { fn(a, b); r.push('eq'); } catch (e) { r.push('ne'); }
  }
  return r.join(' ');
};
console.log('u8', verdict(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
console.log('u8 differs', verdict(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
console.log('u8 length', verdict(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0])));
console.log('u8 vs i8', verdict(new Uint8Array([1]), new Int8Array([1])));
console.log('u8 vs u16', verdict(new Uint8Array([1, 0]), new Uint16Array([1])));
console.log('u8 extra prop', verdict(Object.assign(new Uint8Array([1]), { x: 1 }), new Uint8Array([1])));
console.log('u8 offset', verdict(new Uint8Array(new Uint8Array([9, 1, 2]).buffer, 1), new Uint8Array([1, 2])));
console.log('f64 NaN', verdict(new Float64Array([NaN]), new Float64Array([NaN])));
console.log('f64 -0', verdict(new Float64Array([-0]), new Float64Array([0])));
console.log('f32', verdict(new Float32Array([1.5]), new Float32Array([2.5])));
console.log('bigint64', verdict(new BigInt64Array([1n]), new BigInt64Array([1n])));
console.log('dataview', verdict(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))));
console.log('dataview differs', verdict(new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer)));
console.log('dataview offset', verdict(new DataView(new Uint8Array([0, 1, 2]).buffer, 1), new DataView(new Uint8Array([1, 2]).buffer)));
console.log('arraybuffer', verdict(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer));
console.log('arraybuffer differs', verdict(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer));
console.log('arraybuffer length', verdict(new ArrayBuffer(1), new ArrayBuffer(2)));
console.log('arraybuffer vs u8', verdict(new ArrayBuffer(1), new Uint8Array(1)));
class U extends Uint8Array {}
console.log('subclass', verdict(new U([1]), new Uint8Array([1])));
show('u8 message', () => assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
