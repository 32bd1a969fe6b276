'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { finished, Readable } = require('stream');
const Stream = require('stream');

// finished on streams that are already done; cleanup; validation; AbortSignal; legacy streams.
const r = new Readable({ read() {} });
r.push(null);
r.resume();
r.on('close', () => {
  finished(r, (err) => console.log('after close', e(err)));
  const r2 = new Readable({ read() {}, autoDestroy: false });
  r2.push(null);
  r2.resume();
  r2.on('end', () => finished(r2, (err) => console.log('after end', e(err))));
});
const c = new Readable({ read() {} });
const cleanup = finished(c, { error: false }, (err) => console.log('never', err));
cleanup();
c.push(null);
c.resume();
for (const [label, fn] of [['no cb', () => finished(c, {})], ['not a stream', () => finished({}, () => {})],
  ['bad options', () => finished(c, 5, () => {})], ['bad signal', () => finished(c, { signal: 1 }, () => {})]]) {
  try {
    fn();
  } catch (err) {
    console.log(label, e(err));
  }
}
const ac = new AbortController();
finished(new Readable({ read() {} }), { signal: ac.signal }, (err) => console.log('aborted', e(err)));
ac.abort();
const legacy = new Stream();
legacy.readable = true;
legacy.pipe = () => {};
finished(legacy, (err) => console.log('legacy', e(err)));
legacy.emit('end');
