'use strict';

// push('') ends the current _read without data.
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  read() {
    console.log('_read', n);
    if (n++ < 2) this.push('');
    else this.push(null);
  },
});
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
console.log('read(0)', r.read(0));
