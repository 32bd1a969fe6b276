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

// highWaterMark 0: every write() returns false; 'drain' after each.
const w = recorder('w', { highWaterMark: 0, delay: 1 });
watch('w', w, ['drain', 'finish']);
console.log(w.write('a'), w.writableNeedDrain);
w.once('drain', () => {
  console.log(w.write('b'));
  w.end();
});
