'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { compose, Transform, PassThrough, Writable } = require('stream');
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

// compose(...streams) → one Duplex.
const up = new Transform({ transform(c, enc, cb) { cb(null, c.toString().toUpperCase()); } });
const bang = new Transform({ transform(c, enc, cb) { cb(null, `${c}!`); } });
const d = compose(up, bang);
console.log(d.constructor.name, d.readable, d.writable);
d.on('data', (c) => console.log('data', c.toString()));
d.on('end', () => console.log('end'));
d.on('close', () => console.log('close'));
d.write('ab');
d.end('cd');
setTimeout(() => {
  const d2 = compose(async function* (src) { for await (const c of src) yield String(c).length; }, new PassThrough({ objectMode: true }));
  d2.on('data', (c) => console.log('d2 data', c));
  d2.end('hello');
  for (const [label, fn] of [['none', () => compose()], ['not readable', () => compose(recorder('w'), new PassThrough())]]) {
    try {
      fn();
    } catch (err) {
      console.log(label, err.code);
    }
  }
  const single = new PassThrough();
  console.log(compose(single) === single);
  const bad = new Transform({ transform(c, enc, cb) { cb(new Error('compose fail')); } });
  const d3 = compose(new PassThrough(), bad);
  d3.on('error', (err) => console.log('d3 error', e(err)));
  d3.on('close', () => console.log('d3 close'));
  d3.write('x');
}, 5);
