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

// One source, a fast and a slow destination: the slow one sets the pace.
let n = 0;
const r = new Readable({ read() { this.push(n < 4 ? `c${n++}` : null); } });
const fast = recorder('fast', { highWaterMark: 100 });
const slow = recorder('slow', { highWaterMark: 2, delay: 2 });
watch('slow', slow, ['drain', 'finish']);
watch('fast', fast, ['finish']);
r.pipe(fast);
r.pipe(slow);
