// Buffer.from(arrayBuffer, byteOffset, length): sharing, coercion of offsets, and range errors.
'use strict';
const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab);
for (let i = 0; i < 8; i++) u[i] = i + 1;
const t = (label, ...args) => {
  // Engine-originated errors (no code) print only their name.
  try {
    const b = Buffer.from(ab, ...args);
    console.log(label, b.length, b.byteOffset, b.toString('hex'), b.buffer === ab);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '');
  }
};
t('whole');
t('off 2', 2);
t('off 2 len 3', 2, 3);
t('off 8', 8);
t('off 8 len 0', 8, 0);
t('off 9', 9);
t('off -1', -1);
t('off 2 len 7', 2, 7);
t('len -1', 0, -1);
t('off "3"', '3');
t('off "abc"', 'abc');
t('off NaN', NaN);
t('off 1.7', 1.7);
t('len 2.9', 0, 2.9);
t('off undefined len 4', undefined, 4);
t('off null', null);
t('len undefined', 3, undefined);
t('len NaN', 3, NaN);
t('len "2"', 1, '2');
t('off Infinity', Infinity);
t('len Infinity', 0, Infinity);
t('off -0', -0);
t('off {}', {});
t('off 1n', 1n);
const shared = Buffer.from(ab, 1, 4);
shared[0] = 0xff;
console.log('shared write', u[1]);
u[2] = 0xee;
console.log('shared read', shared[1]);
const sab = new SharedArrayBuffer(4);
const sb = Buffer.from(sab);
new Uint8Array(sab)[0] = 42;
console.log('sab', sb.length, sb[0], sb.buffer === sab);
const empty = Buffer.from(new ArrayBuffer(0));
console.log('empty', empty.length);
