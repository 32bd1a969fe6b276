'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Writable } = require('stream');

// Errors from _write: sync and async callbacks, ERR_MULTIPLE_CALLBACK, no _write at all.
const sync = new Writable({ write(c, enc, cb) { cb(new Error('bad write')); } });
for (const ev of ['error', 'close', 'finish']) sync.on(ev, (x) => console.log('sync', ev, e(x)));
console.log('sync write', sync.write('x', (err) => console.log('sync cb', e(err))), sync.write('y', (err) => console.log('sync cb2', e(err))));
console.log('sync state', e(sync.errored), sync.destroyed, sync.writable);

const twice = new Writable({ write(c, enc, cb) { cb(); cb(); } });
twice.on('error', (err) => console.log('twice error', e(err)));
twice.write('x', () => console.log('twice cb'));

const none = new Writable();
none.on('error', (err) => console.log('none error', e(err)));
try {
  none.write('x');
} catch (err) {
  console.log('none threw', e(err));
}

setTimeout(() => {
  const later = new Writable({ write(c, enc, cb) { setTimeout(() => cb(new Error('later')), 1); } });
  for (const ev of ['error', 'close', 'finish']) later.on(ev, (x) => console.log('async', ev, e(x)));
  later.write('x', (err) => console.log('async cb', e(err)));
  later.write('y', (err) => console.log('async cb2', e(err)));
  later.end((err) => console.log('async end cb', e(err)));
}, 5);
