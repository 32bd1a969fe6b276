'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;

// Chunks of the wrong type: ERR_INVALID_ARG_TYPE through 'error'; typed arrays are accepted.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (err) => console.log('error', e(err)));
console.log('push 42', r.push(42));
const r2 = new Readable({ read() {} });
r2.on('error', (err) => console.log('error2', e(err)));
console.log('push {}', r2.push({ a: 1 }));
const r3 = new Readable({ read() {} });
console.log(r3.push(undefined), r3.push(''), r3.push(new Uint8Array([1, 2])), r3.read());
console.log(r3.push(new Uint16Array([0x4142])), r3.read());
