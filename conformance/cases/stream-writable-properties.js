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

// The writable* properties through a stream's life.
const w = recorder('w', { delay: 1, highWaterMark: 2 });
const props = () => JSON.stringify({
  writable: w.writable, ended: w.writableEnded, finished: w.writableFinished, length: w.writableLength,
  needDrain: w.writableNeedDrain, corked: w.writableCorked, aborted: w.writableAborted,
  destroyed: w.destroyed, closed: w.closed, errored: w.errored, objectMode: w.writableObjectMode,
  hwm: w.writableHighWaterMark,
});
console.log('new', props());
w.write('abc');
console.log('written', props());
w.end();
console.log('ended', props());
w.on('finish', () => console.log('finish', props()));
w.on('close', () => console.log('close', props()));
