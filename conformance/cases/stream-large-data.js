'use strict';
const { Readable, Writable, pipeline, Transform } = require('stream');

// Many chunks through a pipeline (performance smoke test): counts and a checksum.
let sent = 0;
const total = 2000;
const r = new Readable({
  read() {
    for (let i = 0; i < 10 && sent < total; i++) this.push(Buffer.alloc(100, sent++ % 256));
    if (sent === total) this.push(null);
  },
});
const t = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.subarray(0, 50)); } });
let bytes = 0;
let sum = 0;
let writes = 0;
const w = new Writable({
  highWaterMark: 1000,
  write(chunk, enc, cb) {
    writes++;
    bytes += chunk.length;
    sum = (sum + chunk[0]) % 65536;
    if (writes % 7 === 0) setImmediate(cb);
    else cb();
  },
});
pipeline(r, t, w, (err) => console.log('done', err, bytes, sum, writes));
