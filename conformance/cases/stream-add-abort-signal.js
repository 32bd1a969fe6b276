'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
// (A DOMException cause would print its stack: show its name and message only.)
const c = (cause) => cause instanceof Error ? `${cause.name}: ${cause.message}` : cause;
const { addAbortSignal, Readable, Writable } = require('stream');
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

// addAbortSignal and the signal option: AbortError with the reason as cause.
const ac = new AbortController();
const r = new Readable({ read() {} });
r.on('error', (err) => console.log('r error', e(err), c(err.cause)));
r.on('close', () => console.log('r close'));
console.log(addAbortSignal(ac.signal, r) === r);
ac.abort();
console.log('destroyed', r.destroyed);
const ac2 = new AbortController();
ac2.abort('reason!');
const w = recorder('w', { signal: ac2.signal });
w.on('error', (err) => console.log('w error', e(err), c(err.cause)));
w.on('close', () => console.log('w close'));
for (const [label, fn] of [['bad signal', () => addAbortSignal({}, r)], ['bad stream', () => addAbortSignal(ac.signal, {})]]) {
  try {
    fn();
  } catch (err) {
    console.log(label, e(err));
  }
}
const ac3 = new AbortController();
const done = new Readable({ read() {}, signal: ac3.signal });
done.push(null);
done.resume();
done.on('close', () => {
  ac3.abort();
  console.log('abort after close', done.errored);
});
