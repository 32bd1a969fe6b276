'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// destroy(): state right after the call, and the 'close' (and 'error') on the next tick.
const r = new Readable({ read() {}, destroy(err, cb) { console.log('_destroy', err); cb(err); } });
watch('r', r, ['data', 'end', 'close', 'error']);
r.push('a');
console.log(r.destroy() === r, r.destroyed, r.closed);
console.log(r.push('b'), r.read(), r.readableLength);
process.nextTick(() => console.log('nextTick', r.closed));

const r2 = new Readable({ read() {} });
watch('r2', r2, ['close', 'error']);
r2.destroy(new Error('bad'), (err) => console.log('r2 cb', e(err)));
console.log('r2', e(r2.errored), r2.destroyed, r2.closed, r2.readable, r2.readableAborted);
