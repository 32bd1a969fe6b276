'use strict';
const { Writable } = require('stream');

// Many synchronous writes with the same callback; callbacks and 'drain' order.
const w = new Writable({ highWaterMark: 2, write(c, enc, cb) { console.log('_write', String(c)); cb(); } });
const cb = () => console.log('shared cb');
w.on('drain', () => console.log('drain'));
w.on('finish', () => console.log('finish'));
for (let i = 0; i < 4; i++) console.log('write', i, w.write(`x${i}`, cb));
w.end();
const w2 = new Writable({ highWaterMark: 1, write(c, enc, cb2) { console.log('w2 _write', String(c)); cb2(); } });
w2.on('drain', () => console.log('w2 drain'));
console.log(w2.write('ab', () => console.log('w2 cb1')));
console.log(w2.write('cd'));
console.log(w2.write('ef', () => console.log('w2 cb3')));
