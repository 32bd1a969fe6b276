'use strict';
const { Duplex } = require('stream');

// readableObjectMode / writableObjectMode and per-side highWaterMarks.
const d = new Duplex({
  readableObjectMode: true,
  read() {},
  write(chunk, enc, cb) { console.log('_write', chunk); this.push({ got: chunk.length }); cb(); },
});
d.on('data', (x) => console.log('data', x));
d.write('abc');
d.write(Buffer.from('de'));
try {
  d.write({});
} catch (err) {
  console.log(err.code);
}
console.log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
const h = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 });
console.log(h.readableHighWaterMark, h.writableHighWaterMark);
const both = new Duplex({ highWaterMark: 2, readableHighWaterMark: 3 });
console.log(both.readableHighWaterMark, both.writableHighWaterMark);
try {
  new Duplex({ readableHighWaterMark: -2 });
} catch (err) {
  console.log(err.code, err.message);
}
