'use strict';
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const util = require('util');

// util.inspect of streams and their states (Node's field layout).
const r = new Readable({ read() {} });
console.log(r);
r.push('ab');
r.setEncoding('hex');
console.log(util.inspect(r._readableState, { depth: 0 }));
const w = new Writable({ write(c, enc, cb) { cb(); } });
console.log(w._writableState);
const d = new Duplex({ objectMode: true });
console.log(util.inspect(d, { depth: 0 }));
console.log(Object.keys(new PassThrough()), Object.keys(r), Object.keys(w));
