// toJSON and JSON.stringify round trips, including nested buffers and reviver-based revival.
'use strict';
const b = Buffer.from([0, 1, 127, 128, 255]);
console.log(b.toJSON());
console.log(JSON.stringify(b));
console.log(JSON.stringify({ a: b, n: [Buffer.alloc(0)] }));
console.log(JSON.stringify(Buffer.alloc(0).toJSON()));
const back = JSON.parse(JSON.stringify(b), (k, v) =>
  v && v.type === 'Buffer' ? Buffer.from(v.data) : v);
console.log(back, back.equals(b));
console.log(Buffer.from(b.toJSON()).equals(b));
const sub = Buffer.from('hello').subarray(1, 3);
console.log(JSON.stringify(sub));
const j = b.toJSON();
console.log(Object.keys(j), Array.isArray(j.data), j.data.length);
console.log(JSON.stringify(b, null, 1).split('\n').length);
console.log(Buffer.prototype.toJSON.call(new Uint8Array([9, 8])));
const withProp = Buffer.from('a');
withProp.extra = 1;
console.log(JSON.stringify(withProp));
console.log(JSON.stringify(Buffer.alloc(3).toJSON()));
