'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');

// forEach, some, every, find, reduce.
(async () => {
  const settle = async (label, p) => {
    try {
      console.log(label, await p);
    } catch (err) {
      console.log(label, 'rejected', e(err));
    }
  };
  await settle('forEach', Readable.from([1, 2]).forEach((x) => console.log('each', x)));
  await settle('some', Readable.from([1, 2, 3]).some((x) => x > 1));
  await settle('some none', Readable.from([1, 2, 3]).some((x) => x > 5));
  await settle('every', Readable.from([1, 2, 3]).every((x) => x > 0));
  await settle('every not', Readable.from([1, 2, 3]).every((x) => x > 1));
  await settle('find', Readable.from([1, 2, 3]).find((x) => x === 2));
  await settle('find none', Readable.from([1, 2, 3]).find((x) => x === 9));
  await settle('reduce', Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  await settle('reduce no initial', Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  await settle('reduce empty', Readable.from([]).reduce((a, b) => a + b));
  await settle('reduce bad', Readable.from([]).reduce(5));
  await settle('map throws', Readable.from([1, 2]).map((x) => { if (x === 2) throw new Error('map fail'); return x; }).toArray());
  await settle('forEach throws', Readable.from([1]).forEach(() => { throw new Error('fe'); }));
})();
