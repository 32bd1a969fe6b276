'use strict';

// push(string, encoding) and the defaultEncoding option.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('68656c6c6f', 'hex');
r.push('aGk=', 'base64');
console.log(String(r.read()));
const r2 = new Readable({ read() {}, encoding: 'hex' });
r2.push('ab', 'hex');
r2.push('zz', 'utf8');
console.log(r2.read());
const r3 = new Readable({ read() {}, defaultEncoding: 'hex' });
r3.push('6869');
console.log(String(r3.read()), r3._readableState.defaultEncoding);
try {
  new Readable({ defaultEncoding: 'nope' });
} catch (err) {
  console.log(err.code, err.message);
}
