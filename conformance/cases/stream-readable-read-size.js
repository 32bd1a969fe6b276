'use strict';

// read(n): partial chunks, joining chunks, reading past the end, and highWaterMark growth.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(Buffer.from('abcdef'));
r.push(Buffer.from('ghij'));
console.log(r.read(2), r.read(5), r.read(10), r.readableLength);
console.log(r.read(0));
r.push(null);
console.log(r.read(10), r.read(), r.readableEnded);
r.on('end', () => console.log('end', r.readableEnded));

const big = new Readable({ read() {}, highWaterMark: 4 });
console.log(big.read(100), big.readableHighWaterMark);
console.log(big.read(1025), big.readableHighWaterMark);
try {
  big.read(2 ** 31);
} catch (err) {
  console.log(err.code, err.message);
}

const s = new Readable({ read() {}, encoding: 'utf8' });
s.push('abc');
s.push('def');
s.push('gh');
console.log(s.read(4), s.read(1), s.read(3), s.readableLength, s.read());
