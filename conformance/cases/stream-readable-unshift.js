'use strict';

// unshift() puts data back in front, converting to the stream's encoding.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('world');
console.log(r.read(2));
console.log(r.unshift('wo'), r.unshift(Buffer.from('hello ')));
console.log(String(r.read()), r.readableLength);
r.setEncoding('utf8');
r.push('abc');
r.unshift('ZZ', 'utf8');
r.unshift('4142', 'hex');
console.log(r.read());
const o = new Readable({ objectMode: true, read() {} });
o.push(1);
o.unshift(0);
console.log(o.read(), o.read());
