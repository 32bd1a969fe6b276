'use strict';
const { Readable } = require('stream');

// readable.iterator({ destroyOnReturn: false }) and the iterator object.
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.push(null);
  for await (const c of r.iterator({ destroyOnReturn: false })) {
    console.log('got', c);
    break;
  }
  console.log('destroyed', r.destroyed);
  for await (const c of r) console.log('rest', c);
  try {
    r.iterator(5);
  } catch (err) {
    console.log(err.code, err.message);
  }
  const s = Readable.from([1]);
  const it = s[Symbol.asyncIterator]();
  console.log(it.stream === s, typeof it.next, Object.prototype.toString.call(it));
  console.log(await it.next(), await it.next());
})();
