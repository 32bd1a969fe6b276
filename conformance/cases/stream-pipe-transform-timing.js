'use strict';
const { Readable, Writable, Transform } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}
function recorder(name, opts = {}) {
  const { delay = -1, ...rest } = opts;
  return new Writable({
    write(chunk, encoding, cb) {
      console.log(`${name}._write`, chunk, encoding);
      if (delay < 0) cb();
      else if (delay === 0) process.nextTick(cb);
      else setTimeout(cb, delay);
    },
    ...rest,
  });
}

// A pipe chain with small highWaterMarks and asynchronous stages (immediates and ticks, so the
// order is deterministic): the full order of calls.
let n = 0;
const r = new Readable({ highWaterMark: 2, read() { console.log('_read'); setImmediate(() => this.push(n < 5 ? `r${n++}` : null)); } });
const t = new Transform({ highWaterMark: 2, transform(c, enc, cb) { console.log('_transform', String(c)); process.nextTick(() => cb(null, c)); } });
const w = recorder('w', { highWaterMark: 2, delay: 0 });
watch('r', r, ['end', 'close', 'pause', 'resume']);
watch('t', t, ['end', 'finish', 'close', 'drain', 'pause', 'resume']);
watch('w', w, ['finish', 'close', 'drain']);
r.pipe(t).pipe(w);
