'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { pipeline, Readable, Writable, Transform } = require('stream');
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

// pipeline(source, transform, destination, cb): returns the last stream; cb after 'finish'.
const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
const t = new Transform({ transform(c, enc, cb) { cb(null, c.toString().toUpperCase()); } });
const w = recorder('w');
watch('w', w, ['finish', 'close']);
const ret = pipeline(r, t, w, (err, val) => console.log('done', e(err), val));
console.log(ret === w);
