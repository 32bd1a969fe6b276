'use strict';
const { Transform } = require('stream');

// A Transform nobody reads: writes pile up until the reader catches up.
const t = new Transform({ highWaterMark: 2, transform(c, enc, cb) { console.log('_transform', String(c)); cb(null, c); } });
t.on('drain', () => console.log('drain'));
for (let i = 0; i < 5; i++) console.log('write', i, t.write(`x${i}`), t.writableLength, t.readableLength);
setTimeout(() => {
  console.log('reading');
  let c;
  while ((c = t.read()) !== null) console.log('read', String(c));
}, 2);
