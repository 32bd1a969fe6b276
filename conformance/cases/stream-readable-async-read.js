'use strict';

// An asynchronous _read: pushes arrive from timers.
const { Readable } = require('stream');

let i = 0;
const r = new Readable({
  read() {
    console.log('_read', this.readableLength);
    setTimeout(() => this.push(i < 3 ? `c${i++}` : null), 1);
  },
});
r.on('data', (d) => console.log('data', d.toString()));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
