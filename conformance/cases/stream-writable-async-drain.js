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

// Asynchronous _write: buffering, writableLength, 'drain' when the buffer empties.
const w = recorder('w', { highWaterMark: 4, delay: 1 });
watch('w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
for (let i = 0; i < 4; i++) {
  console.log('write', i, w.write(`ab${i}`, () => console.log('cb', i)), w.writableLength, w.writableNeedDrain);
}
w.once('drain', () => {
  console.log('drain -> end');
  w.end('z', () => console.log('end cb'));
});
