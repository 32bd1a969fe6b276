'use strict';
const { Readable, Writable } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// An error on the destination unpipes it; the source is left alone.
const r = new Readable({ read() {} });
const w = new Writable({ write(c, enc, cb) { cb(new Error('dest broke')); } });
watch('w', w, ['unpipe', 'error', 'close']);
watch('r', r, ['pause', 'close', 'error']);
r.pipe(w);
r.push('x');
setTimeout(() => console.log('pipes', r._readableState.pipes.length, 'source destroyed', r.destroyed), 5);
