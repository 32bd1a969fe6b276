'use strict';
const { Duplex } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// allowHalfOpen: false ends the writable side at 'end'; true (default) keeps it open.
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(chunk, enc, cb) { console.log('_write', chunk.toString()); cb(); },
  final(cb) { console.log('_final'); cb(); },
});
watch('d', d, ['data', 'end', 'finish', 'close', 'prefinish']);
d.push('x');
d.push(null);

const h = new Duplex({ read() {}, write(chunk, enc, cb) { cb(); } });
watch('h', h, ['end', 'finish', 'close']);
h.push(null);
h.resume();
setTimeout(() => {
  console.log('h still writable', h.writable, h.destroyed);
  h.end();
}, 5);
