'use strict';
const { Readable, Writable } = require('stream');
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

// pipe() pauses the source while the destination is full and resumes on 'drain'.
let n = 0;
const r = new Readable({ highWaterMark: 4, read() { console.log('_read', n); this.push(n < 6 ? `chunk${n++}` : null); } });
const w = recorder('w', { highWaterMark: 5, delay: 1 });
watch('w', w, ['drain', 'finish', 'unpipe', 'close']);
watch('r', r, ['pause', 'resume', 'end', 'close']);
r.pipe(w);
