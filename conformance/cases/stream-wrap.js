'use strict';
const { Readable } = require('stream');
const EventEmitter = require('events');

// readable.wrap(oldStream) and Readable.wrap.
const old = new EventEmitter();
old.pause = () => console.log('old.pause');
old.resume = () => console.log('old.resume');
old.extra = function() { return 'extra'; };
const r = new Readable({ highWaterMark: 2 }).wrap(old);
console.log(typeof r.extra, r.extra());
old.emit('data', Buffer.from('abc'));
old.emit('data', Buffer.from('de'));
r.on('data', (d) => console.log('data', d.toString()));
r.on('end', () => console.log('end'));
setTimeout(() => old.emit('end'), 2);

const o2 = new EventEmitter();
const w2 = Readable.wrap(o2);
console.log(w2.readableObjectMode);
w2.on('data', (d) => console.log('w2 data', d));
w2.on('close', () => console.log('w2 close'));
o2.emit('data', { x: 1 });
setTimeout(() => o2.emit('close'), 4);
