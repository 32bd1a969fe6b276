'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');

// take, drop, flatMap, asIndexedPairs (deprecated), and aborted signals.
(async () => {
  const settle = async (label, p) => {
    try {
      console.log(label, await p);
    } catch (err) {
      console.log(label, 'rejected', e(err));
    }
  };
  await settle('take', Readable.from([1, 2, 3, 4]).take(2).toArray());
  await settle('drop', Readable.from([1, 2, 3, 4]).drop(2).toArray());
  await settle('take 0', Readable.from([1, 2]).take(0).toArray());
  await settle('take NaN', Readable.from([1, 2]).take('x').toArray());
  await settle('drop -1', (async () => Readable.from([1]).drop(-1))());
  await settle('flatMap', Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  await settle('flatMap gen', Readable.from([1, 2]).flatMap(async function*(x) { yield x; yield -x; }).toArray());
  const ac = new AbortController();
  ac.abort();
  await settle('toArray aborted', Readable.from([1, 2]).toArray({ signal: ac.signal }));
  await settle('reduce aborted', Readable.from([1, 2]).reduce((a, b) => a + b, 0, { signal: ac.signal }));
  await settle('map aborted', Readable.from([1, 2]).map((x) => x, { signal: ac.signal }).toArray());
  await settle('bad signal', (async () => Readable.from([1]).toArray({ signal: 5 }))());
})();
