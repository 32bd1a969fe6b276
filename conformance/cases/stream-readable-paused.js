'use strict';

// Paused mode: 'readable' events and read() until null.
const { Readable } = require('stream');

const r = new Readable({ read(n) { console.log('_read', n); } });
r.push('hello');
r.push(' world');
r.on('readable', () => {
  console.log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read', chunk.toString());
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
setTimeout(() => {
  r.push('more');
  r.push(null);
}, 5);
