// util.inspect of the web stream classes and the stream/web exports.
'use strict';
const util = require('util');
const web = require('stream/web');
console.log(Object.keys(web));
for (const name of Object.keys(web)) {
  console.log(name, globalThis[name] === web[name], typeof web[name], web[name].name);
}
const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
console.log(rs);
console.log(util.inspect(rs, { depth: 0 }));
console.log({ nested: { deeper: { rs } } });
const reader = rs.getReader();
console.log(reader);
console.log(new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }));
let rc;
let bc;
new ReadableStream({ start(c) { rc = c; } });
new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
console.log(rc, bc);
const ws = new WritableStream();
console.log(ws, ws.getWriter());
let wc;
new WritableStream({ start(c) { wc = c; } });
console.log(wc);
console.log(new TransformStream());
console.log(new CountQueuingStrategy({ highWaterMark: 4 }), new ByteLengthQueuingStrategy({ highWaterMark: 8 }));
console.log(Object.prototype.toString.call(rs), Object.prototype.toString.call(reader), String(ws));
console.log(Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(Object.getOwnPropertyNames(WritableStream.prototype));
console.log(Object.getOwnPropertyNames(TransformStream.prototype));
console.log(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
console.log(Object.keys(rs), rs instanceof ReadableStream);
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
console.log(errored);
const closed = new ReadableStream({ start(c) { c.close(); } });
console.log(closed);
console.log(typeof CompressionStream, typeof DecompressionStream);
