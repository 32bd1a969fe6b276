'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Duplex } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// Destroying a Duplex destroys both sides; destroyed setter; destroy during _construct.
const d = new Duplex({ read() {}, write(c, enc, cb) { cb(); } });
watch('d', d, ['close', 'error', 'end', 'finish']);
d.destroy(new Error('dup'));
console.log(d.destroyed, d._readableState.destroyed, d._writableState.destroyed, d.readable, d.writable, e(d.errored));

const s = new Duplex();
s.destroyed = true;
console.log(s.destroyed, s._readableState.destroyed, s._writableState.destroyed);
s.destroyed = false;
console.log(s.destroyed);

const c = new Duplex({
  construct(cb) { console.log('_construct'); setTimeout(cb, 2); },
  destroy(err, cb) { console.log('_destroy', e(err)); cb(err); },
  read() {},
  write(chunk, enc, cb) { cb(); },
});
watch('c', c, ['close', 'error']);
c.destroy(new Error('early'));
console.log('c destroyed', c.destroyed);
