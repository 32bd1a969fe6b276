// Buffer.from with typed arrays of other kinds, DataView, Buffers, and buffer-ish objects.
'use strict';
const show = (label, b) => console.log(label, b.length, b.toString('hex'));
// Engine-originated errors (no code) print only their name: their wording is the engine's.
const t = (label, fn) => {
  try {
    show(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '');
  }
};
show('u16', Buffer.from(new Uint16Array([1, 256, 65535])));
show('i8', Buffer.from(new Int8Array([-1, -128, 127])));
show('f32', Buffer.from(new Float32Array([1.5, -2.7, 300, NaN])));
show('f64', Buffer.from(new Float64Array([1e10, -0.5])));
show('u32', Buffer.from(new Uint32Array([0x12345678])));
t('bigint64', () => Buffer.from(new BigInt64Array([1n])));
show('u8c', Buffer.from(new Uint8ClampedArray([300, -5, 128])));
const u16 = new Uint16Array([0x0102, 0x0304]);
show('u16 buffer', Buffer.from(u16.buffer));
show('u16 buffer off', Buffer.from(u16.buffer, 1, 2));
const src = Buffer.from('abcdef');
const copy = Buffer.from(src);
copy[0] = 0x7a;
console.log('buffer copy independent', src.toString(), copy.toString());
const view = new Uint8Array([9, 8, 7, 6]).subarray(1, 3);
show('subarray view', Buffer.from(view));
t('dataview', () => Buffer.from(new DataView(new ArrayBuffer(2))));
show('json shape', Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
show('json shape strings', Buffer.from({ type: 'Buffer', data: ['4', 'x', 300] }));
t('json shape not array', () => Buffer.from({ type: 'Buffer', data: 'abc' }));
t('json wrong type', () => Buffer.from({ type: 'Other', data: [1, 2], length: 1, 0: 5 }));
show('json roundtrip', Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi!')))));
t('json missing type', () => Buffer.from({ data: [1, 2] }));
