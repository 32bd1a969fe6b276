'use strict';

// setEncoding converts what is already buffered; readableEncoding; setEncoding(null).
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(Buffer.from([0xe2, 0x82]));
r.push(Buffer.from([0xac, 0x41]));
console.log(r.readableLength, r.readableEncoding);
console.log(r.setEncoding('utf8') === r, r.readableLength, r.readableEncoding);
console.log(r.read());
r.setEncoding('base64');
r.push(Buffer.from('abcd'));
console.log(r.read(), r.readableEncoding);
r.setEncoding(null);
console.log(r.readableEncoding);
try {
  r.setEncoding('what');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
