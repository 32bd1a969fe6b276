'use strict';

// _read is called with highWaterMark, and again while the buffer is below it.
const { Readable } = require('stream');

let i = 0;
const r = new Readable({
  highWaterMark: 3,
  read(n) {
    console.log('_read', n, 'buffered', this.readableLength);
    if (i < 5) this.push(String(i++));
    else this.push(null);
  },
});
r.on('data', (d) => console.log('data', d.toString()));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
