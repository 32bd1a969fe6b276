'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Writable, Readable } = require('stream');

// _construct failing (callback error, throw, callback twice).
const r = new Readable({ construct(cb) { cb(new Error('no construct')); }, read() { console.log('_read'); } });
for (const ev of ['data', 'end', 'close', 'error']) r.on(ev, (x) => console.log('r', ev, e(x)));
r.resume();
const w = new Writable({ construct() { throw new Error('ctor threw'); }, write(c, enc, cb) { cb(); } });
for (const ev of ['finish', 'close', 'error']) w.on(ev, (x) => console.log('w', ev, e(x)));
w.write('a', (err) => console.log('w cb', e(err)));
setTimeout(() => {
  const t = new Writable({ construct(cb) { cb(); cb(); }, write(c, enc, cb) { cb(); } });
  for (const ev of ['close', 'error']) t.on(ev, (x) => console.log('t', ev, e(x)));
}, 5);
