'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Transform } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// Errors from _transform and _flush; a Transform without _transform.
const t = new Transform({ transform(chunk, enc, cb) { cb(new Error('tx fail')); } });
watch('t', t, ['data', 'end', 'finish', 'close', 'error']);
t.write('a', (err) => console.log('t cb', e(err)));
const f = new Transform({ transform(c, enc, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush fail')); } });
watch('f', f, ['data', 'end', 'finish', 'close', 'error']);
f.end('a', (err) => console.log('f end cb', e(err)));
const n = new Transform();
n.on('error', (err) => console.log('n error', e(err)));
try {
  n.write('a');
} catch (err) {
  console.log('n threw', e(err));
}
