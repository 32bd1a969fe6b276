// Iterating buffers: for...of, entries, keys, values, spread, Array.from, destructuring.
'use strict';
const b = Buffer.from([10, 20, 255]);
const out = [];
for (const x of b) out.push(x);
console.log(out);
console.log([...b.entries()], [...b.keys()], [...b.values()]);
console.log([...b], Array.from(b), Array.from(b, (x) => x * 2));
const [first, ...rest] = b;
console.log(first, rest);
console.log(b[Symbol.iterator] === b.values, typeof b.entries().next);
const it = b.values();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(b.entries()));
const forIn = [];
for (const k in b) forIn.push(k);
console.log(forIn.slice(0, 5), forIn.length);
console.log(Object.keys(b), Object.entries(Buffer.from('ab')));
const m = new Map(b.entries());
console.log(m.get(2));
console.log(b.reduce((a, x) => a + x, 0), b.some((x) => x > 200), b.every((x) => x > 5), b.find((x) => x > 15),
  b.findIndex((x) => x > 15), b.at(-1), b.join('-'));
console.log(Buffer.alloc(0)[Symbol.iterator]().next());
