// buffer.INSPECT_MAX_BYTES changes how many bytes inspect shows, and validates what it is set to.
'use strict';
const buffer = require('buffer');
const util = require('util');
console.log(buffer.INSPECT_MAX_BYTES);
const b = Buffer.from('abcdefghij');
for (const n of [0, 1, 3, 9, 10, 11, 2.5, Infinity]) {
  buffer.INSPECT_MAX_BYTES = n;
  console.log(n, util.inspect(b), buffer.INSPECT_MAX_BYTES);
}
for (const bad of [-1, NaN, '5', null, undefined]) {
  try {
    buffer.INSPECT_MAX_BYTES = bad;
    console.log('accepted', String(bad), buffer.INSPECT_MAX_BYTES);
  } catch (e) {
    console.log('rejected', String(bad), e.name, e.code, e.message);
  }
}
buffer.INSPECT_MAX_BYTES = 2;
console.log(b);
console.log([b]);
const d = Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(require('buffer').INSPECT_MAX_BYTES);
