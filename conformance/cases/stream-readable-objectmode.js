'use strict';

// objectMode: every value is one unit of highWaterMark; falsy values are data too.
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
console.log(r.push({ a: 1 }), r.push(0), r.push(''), r.push(false), r.readableLength);
for (let i = 0; i < 12; i++) r.push(i);
console.log('length', r.readableLength, 'hwm', r.readableHighWaterMark, 'push', r.push('x'));
console.log(r.read(), r.read(5), r.read(0));
r.push(null);
const got = [];
r.on('data', (d) => got.push(d));
r.on('end', () => console.log('end', got));
