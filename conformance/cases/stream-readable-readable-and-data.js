'use strict';

// 'readable' listeners take precedence over 'data'; removing them lets the data flow.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('readable', () => console.log('readable', String(r.read())));
r.on('data', (d) => console.log('data', d.toString()));
r.push('a');
console.log('flowing', r.readableFlowing);
setTimeout(() => {
  r.removeAllListeners('readable');
  console.log('removed', r.readableFlowing);
  r.push('b');
}, 2);
setTimeout(() => {
  console.log('now', r.readableFlowing);
  r.push(null);
}, 6);
r.on('end', () => console.log('end'));
