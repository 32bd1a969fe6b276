'use strict';
const { Readable, Writable, Transform } = require('stream');
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

// a.pipe(transform).pipe(writable)
const r = new Readable({ read() {} });
const t = new Transform({ transform(c, enc, cb) { cb(null, `<${c}>`); } });
const w = recorder('w');
watch('t', t, ['pipe', 'end', 'finish', 'close']);
watch('w', w, ['pipe', 'finish', 'close']);
r.pipe(t).pipe(w);
r.push('a');
r.push('b');
r.push(null);
