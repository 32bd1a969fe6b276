// Uint8Array methods on buffers: which results are Buffers (species), and their contents.
'use strict';
const b = Buffer.from([1, 2, 3, 4, 5]);
const show = (label, r) => console.log(label, r.constructor.name, r instanceof Buffer, Buffer.isBuffer(r), Array.from(r));
show('map', b.map((x) => x * 2));
show('filter', b.filter((x) => x % 2));
show('subarray', b.subarray(1, 3));
show('slice', b.slice(1, 3));
show('typed slice', Uint8Array.prototype.slice.call(b, 1, 3));
show('typed subarray', Uint8Array.prototype.subarray.call(b, 1, 3));
show('reverse', Buffer.from(b).reverse());
show('sort', Buffer.from([3, 1, 2]).sort());
show('fill', Buffer.alloc(2).fill(9));
show('copyWithin', Buffer.from(b).copyWithin(0, 3));
show('set', (() => { const x = Buffer.alloc(3); x.set([7, 8], 1); return x; })());
show('from', Uint8Array.from.call(Buffer, [1, 2]));
show('of', Uint8Array.of.call(Buffer, 3, 4));
show('Buffer.of', Buffer.of(5, 6));
show('toReversed', typeof b.toReversed === 'function' ? b.toReversed() : new Uint8Array(0));
show('toSorted', typeof b.toSorted === 'function' ? b.toSorted() : new Uint8Array(0));
show('with', typeof b.with === 'function' ? b.with(0, 99) : new Uint8Array(0));
const s = b.map((x) => x);
console.log(s.toString('hex'), typeof s.readUInt8, s.byteOffset === 0);
class Sub extends Uint8Array {}
console.log(new Sub(2).map((x) => x).constructor.name);
console.log(b.subarray(2).toString('hex'), b.slice(2).equals(b.subarray(2)));
