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

// Synchronous _write: write() results, 'drain' and the end() callback order.
const w = recorder('w', { highWaterMark: 3 });
watch('w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
console.log('write a', w.write('a', () => console.log('cb a')), w.writableLength, w.writableNeedDrain);
console.log('write bcd', w.write('bcd', () => console.log('cb bcd')), w.writableLength, w.writableNeedDrain);
w.end(() => console.log('end cb'));
console.log('ended', w.writableEnded, w.writableFinished, w.writable);
process.nextTick(() => console.log('nextTick'));
