'use strict';

// An explicit pause() wins over adding a 'data' listener.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.pause();
r.on('data', (d) => console.log('data', d.toString()));
r.push('x');
console.log(r.readableFlowing, r.isPaused(), r.readableLength);
setTimeout(() => {
  console.log('resuming');
  r.resume();
}, 2);
