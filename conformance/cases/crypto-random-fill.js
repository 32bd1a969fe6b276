'use strict';
// randomFillSync / randomFill: targets of every view type, offsets and sizes in elements, checks.
const crypto = require('crypto');

function t(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined ? 'undefined' : Object.prototype.toString.call(result));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const zeroed = (buf) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).join(',');

const b = Buffer.alloc(64);
console.log(crypto.randomFillSync(b) === b, b.some((x) => x !== 0));
const untouched = Buffer.alloc(8);
crypto.randomFillSync(untouched, 8);
console.log('offset at end', zeroed(untouched));
const edges = Buffer.alloc(8);
crypto.randomFillSync(edges, 2, 0);
console.log('size 0', zeroed(edges));
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 4);
console.log('u32 offset 4', zeroed(u32));
const window = Buffer.alloc(16);
for (let i = 0; i < 20; i++) crypto.randomFillSync(window, 4, 4);
console.log('outside window untouched', window.subarray(0, 4).every((x) => x === 0), window.subarray(8).every((x) => x === 0));
const ab = new ArrayBuffer(8);
console.log(crypto.randomFillSync(ab) === ab);
const dv = new DataView(new ArrayBuffer(8), 2, 4);
crypto.randomFillSync(dv);
console.log('dataview bounds', new Uint8Array(dv.buffer)[0], new Uint8Array(dv.buffer)[7]);
console.log(crypto.randomFillSync(new Float64Array(2)).length, crypto.randomFillSync(new BigInt64Array(2)).length);

t('number', () => crypto.randomFillSync(5));
t('string', () => crypto.randomFillSync('abc'));
t('offset too big', () => crypto.randomFillSync(Buffer.alloc(5), 6));
t('offset negative', () => crypto.randomFillSync(Buffer.alloc(5), -1));
t('offset string', () => crypto.randomFillSync(Buffer.alloc(5), 'a'));
t('offset fraction', () => crypto.randomFillSync(Buffer.alloc(5), 1.5));
t('size too big', () => crypto.randomFillSync(Buffer.alloc(5), 1, 6));
t('size negative', () => crypto.randomFillSync(Buffer.alloc(5), 1, -1));
t('size string', () => crypto.randomFillSync(Buffer.alloc(5), 1, 'x'));
t('u32 offset in elements', () => crypto.randomFillSync(new Uint32Array(4), 5));
t('u32 size in elements', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
t('undefined offset', () => crypto.randomFillSync(Buffer.alloc(5), undefined, 2));
t('fill no callback', () => crypto.randomFill(Buffer.alloc(5)));
t('fill bad callback', () => crypto.randomFill(Buffer.alloc(5), 1, 2));
t('fill bad offset', () => crypto.randomFill(new Uint32Array(4), 5, () => {}));
t('fill bad size', () => crypto.randomFill(Buffer.alloc(4), 0, 5, () => {}));
t('fill bad target', () => crypto.randomFill(null, () => {}));

const target = Buffer.alloc(12);
crypto.randomFill(target, 4, 4, function(err, buf) {
  console.log('async', err, arguments.length, buf === target,
    target.subarray(0, 4).every((x) => x === 0), target.subarray(8).every((x) => x === 0));
  const u16 = new Uint16Array(8);
  crypto.randomFill(u16, 6, (err2, out) => {
    console.log('async elements', err2, out === u16, u16.subarray(0, 6).every((x) => x === 0));
  });
});
crypto.randomFill(new ArrayBuffer(4), (err, out) => console.log('async arraybuffer', err, out.byteLength));
