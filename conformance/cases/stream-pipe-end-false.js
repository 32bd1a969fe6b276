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

// pipe(dest, { end: false }) leaves the destination open; piping after 'end'.
const r = new Readable({ read() {} });
const w = recorder('w');
watch('w', w, ['unpipe', 'finish', 'close']);
r.pipe(w, { end: false });
r.push('x');
r.push(null);
setTimeout(() => {
  console.log('w ended?', w.writableEnded);
  const r2 = new Readable({ read() {}, autoDestroy: false });
  r2.push(null);
  r2.resume();
  r2.on('end', () => {
    const w2 = recorder('w2');
    watch('w2', w2, ['pipe', 'unpipe', 'finish', 'close']);
    r2.pipe(w2);
  });
}, 3);
