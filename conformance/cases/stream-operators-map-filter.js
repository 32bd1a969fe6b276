'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');

// map / filter / toArray, concurrency keeps the input order.
const later = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
(async () => {
  console.log(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  console.log(await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray());
  console.log(await Readable.from([1, 2, 3]).map((x) => later(4 - x, x), { concurrency: 3 }).toArray());
  const m = Readable.from([1]).map((x) => x);
  console.log(m.constructor.name, m.readableObjectMode);
  for (const bad of [() => Readable.from([1]).map(5), () => Readable.from([1]).map((x) => x, { concurrency: 0 }),
    () => Readable.from([1]).map((x) => x, 5), () => new (Readable.from([1]).map)((x) => x)]) {
    try {
      bad();
    } catch (err) {
      console.log(e(err));
    }
  }
  console.log(await new Readable({ read() { this.push('ab'); this.push(null); } }).toArray());
})();
