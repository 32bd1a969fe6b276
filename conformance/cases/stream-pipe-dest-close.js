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

// Destroying the destination unpipes it and pauses the source.
const r = new Readable({ read() {} });
const w = recorder('w');
watch('w', w, ['unpipe', 'close']);
r.pipe(w);
w.destroy();
setTimeout(() => console.log(r._readableState.pipes.length, r.readableFlowing), 2);
