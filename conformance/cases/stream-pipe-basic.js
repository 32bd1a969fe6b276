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

// pipe(): 'pipe'/'unpipe' events, ending the destination, returned value.
const r = new Readable({ read() {} });
const w = recorder('w');
watch('w', w, ['pipe', 'unpipe', 'finish', 'close']);
watch('r', r, ['end', 'close', 'pause', 'resume']);
console.log(r.pipe(w) === w, r._readableState.pipes.length, r.readableFlowing);
r.push('a');
r.push('b');
r.push(null);
