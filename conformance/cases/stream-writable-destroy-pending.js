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

// destroy() with writes in flight: queued callbacks get ERR_STREAM_DESTROYED.
const w = recorder('w', { delay: 2 });
watch('w', w, ['finish', 'close', 'error', 'drain']);
w.write('a', (err) => console.log('cb a', e(err)));
w.write('b', (err) => console.log('cb b', e(err)));
w.end((err) => console.log('end cb', e(err)));
w.destroy();
console.log('after destroy', w.destroyed, w.writableLength);
w.write('c', (err) => console.log('cb c', e(err)));

setTimeout(() => {
  const w2 = recorder('w2', { delay: 2 });
  watch('w2', w2, ['finish', 'close', 'error']);
  w2.write('a', (err) => console.log('w2 cb a', e(err)));
  w2.write('b', (err) => console.log('w2 cb b', e(err)));
  w2.destroy(new Error('gone'), (err) => console.log('destroy cb', e(err)));
  w2.destroy(new Error('again'), (err) => console.log('destroy cb2', e(err)));
}, 10);
