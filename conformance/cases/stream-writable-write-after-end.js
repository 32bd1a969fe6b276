'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
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

// write() after end(): ERR_STREAM_WRITE_AFTER_END to the callback and as 'error'.
const w = recorder('w');
watch('w', w, ['finish', 'close', 'error']);
w.end('a');
console.log('write', w.write('b', (err) => console.log('write cb', e(err))));
console.log('end again returns this', w.end('c', (err) => console.log('end cb', e(err))) === w);

const w2 = recorder('w2', { autoDestroy: false });
watch('w2', w2, ['finish', 'close', 'error']);
w2.end();
console.log('w2 write', w2.write('b', (err) => console.log('w2 write cb', e(err))));
console.log('w2', e(w2.errored), w2.destroyed);
