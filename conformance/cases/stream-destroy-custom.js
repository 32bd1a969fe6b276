'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable, Writable } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// _destroy can replace or swallow the error, finish later, or throw.
const a = new Writable({ destroy(err, cb) { console.log('a _destroy', e(err)); cb(new Error('replaced')); } });
watch('a', a, ['close', 'error']);
a.destroy(new Error('orig'));
console.log('a errored', e(a.errored));

const b = new Writable({ destroy(err, cb) { cb(); } });
watch('b', b, ['close', 'error']);
b.destroy(new Error('orig'));

const c = new Readable({ read() {}, destroy(err, cb) { console.log('c _destroy'); setTimeout(() => { console.log('c done'); cb(err); }, 2); } });
watch('c', c, ['close', 'error']);
c.destroy(null, () => console.log('c cb'));
c.destroy(null, () => console.log('c cb2'));
console.log('c', c.destroyed, c.closed);

const d = new Readable({ read() {}, destroy() { throw new Error('destroy threw'); } });
watch('d', d, ['close', 'error']);
d.destroy();
setTimeout(() => console.log('b errored', e(b.errored)), 5);
