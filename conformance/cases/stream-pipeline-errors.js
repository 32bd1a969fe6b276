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

// A failing stage destroys every stage; the callback gets the first error.
const r = new Readable({ read() {} });
const t = new Transform({ transform(c, enc, cb) { cb(new Error('middle')); } });
const w = recorder('w');
watch('r', r, ['close', 'error']);
watch('t', t, ['close', 'error']);
watch('w', w, ['close', 'error', 'finish']);
pipeline(r, t, w, (err) => {
  console.log('done', e(err));
  console.log(r.destroyed, t.destroyed, w.destroyed);
});
r.push('x');

setTimeout(() => {
  const r2 = new Readable({ read() {} });
  const w2 = recorder('w2');
  watch('w2', w2, ['close', 'error', 'finish']);
  pipeline(r2, w2, (err) => console.log('source destroyed ->', e(err)));
  r2.destroy();
}, 5);

setTimeout(() => {
  const r3 = new Readable({ read() {} });
  const w3 = recorder('w3');
  watch('r3', r3, ['close', 'error']);
  pipeline(r3, w3, (err) => console.log('dest destroyed ->', e(err)));
  w3.destroy(new Error('dest gone'));
}, 10);
