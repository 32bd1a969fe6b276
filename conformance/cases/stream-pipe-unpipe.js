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

// unpipe(dest) and unpipe() with two destinations.
const r = new Readable({ read() {} });
const w1 = recorder('w1');
const w2 = recorder('w2');
watch('w1', w1, ['pipe', 'unpipe', 'finish']);
watch('w2', w2, ['pipe', 'unpipe', 'finish']);
watch('r', r, ['pause', 'resume']);
r.pipe(w1);
r.pipe(w2);
r.push('a');
setTimeout(() => {
  r.unpipe(w1);
  console.log('pipes', r._readableState.pipes.length, r.readableFlowing);
  r.push('b');
  r.unpipe(w1);
  r.unpipe();
  console.log('pipes', r._readableState.pipes.length, r.readableFlowing, r.isPaused());
  r.push('c');
  console.log('buffered', r.readableLength);
}, 2);
