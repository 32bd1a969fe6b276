'use strict';

// highWaterMark 0: _read only on demand.
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    console.log('_read', n);
    if (n < 3) this.push(String(n++));
    else this.push(null);
  },
});
r.on('readable', () => {
  let c;
  while ((c = r.read()) !== null) console.log('read', c.toString());
});
r.on('end', () => console.log('end'));
