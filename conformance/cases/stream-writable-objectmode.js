'use strict';
const { Writable } = require('stream');

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

// objectMode writes: any value but null; highWaterMark counts objects.
const w = recorder('w', { objectMode: true, highWaterMark: 2, delay: 1 });
watch('w', w, ['drain', 'finish', 'close']);
console.log(w.write({ a: 1 }), w.write(0), w.write('s'), w.writableLength, w.writableNeedDrain);
try {
  w.write(null);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
w.end([1, 2]);
