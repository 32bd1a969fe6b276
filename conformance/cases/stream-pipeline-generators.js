'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { pipeline, Readable, Writable } = require('stream');
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

// Generator and async-function stages.
pipeline(
  function* () { yield 'a'; yield 'b'; },
  async function* (source) { for await (const c of source) yield c.toUpperCase(); },
  async function (source) {
    const out = [];
    for await (const c of source) out.push(c);
    return out.join('-');
  },
  (err, val) => console.log('done', e(err), val),
);
setTimeout(() => {
  const w = recorder('w', { objectMode: true });
  watch('w', w, ['finish', 'close']);
  pipeline(Readable.from(['x', 'y']), async function* (src) { for await (const c of src) yield `${c}!`; }, w,
    (err) => console.log('done 2', e(err)));
}, 5);
setTimeout(() => {
  const r = Readable.from([1, 2, 3]);
  watch('r', r, ['close', 'error']);
  pipeline(r, async function* (src) {
    for await (const c of src) {
      if (c === 2) throw new Error('gen boom');
      yield c;
    }
  }, recorder('w3', { objectMode: true }), (err) => console.log('done 3', e(err)));
}, 10);
