'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;

// Flowing mode: 'data' events, the order of 'end' and 'close', and what happens synchronously.
const { Readable } = require('stream');

const r = new Readable({ read() { console.log('_read'); } });
for (const ev of ['data', 'end', 'close', 'pause', 'resume']) r.on(ev, (x) => console.log(ev, x));
console.log('push a', r.push('a'));
console.log('push b', r.push('b'));
console.log('flowing', r.readableFlowing, 'length', r.readableLength);
r.push(null);
console.log('sync done');
process.nextTick(() => console.log('nextTick'));
