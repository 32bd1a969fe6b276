'use strict';

// resume() without 'data' listeners discards the data and ends the stream.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('x');
r.push(null);
r.resume();
console.log('flowing', r.readableFlowing);
r.on('end', () => console.log('end', r.readableLength));
r.on('close', () => console.log('close', r.destroyed));
