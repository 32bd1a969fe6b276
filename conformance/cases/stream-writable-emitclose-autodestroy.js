'use strict';
const { Writable, Readable } = require('stream');

// A Writable that logs each _write and calls back synchronously (delay < 0), on the next tick
// (0) or after `delay` ms.
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
function watch(name, s, events) {
  for (const ev of events) s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : x));
}

// emitClose: false and autoDestroy: false.
const w = recorder('w', { emitClose: false });
watch('w', w, ['finish', 'close']);
w.end('x');
const r = new Readable({ read() {}, emitClose: false });
watch('r', r, ['end', 'close']);
r.push(null);
r.resume();
const w2 = recorder('w2', { autoDestroy: false });
watch('w2', w2, ['finish', 'close']);
w2.end('y');
setTimeout(() => {
  console.log('w', w.closed, w.destroyed, 'r', r.closed, r.destroyed, 'w2', w2.destroyed);
  w2.destroy();
}, 5);
