'use strict';
const Stream = require('stream');
const { Writable } = Stream;
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

// The legacy Stream.prototype.pipe for old-style emitters.
const src = new Stream();
src.readable = true;
const dest = recorder('dest');
watch('dest', dest, ['pipe', 'finish', 'close']);
src.pipe(dest);
src.emit('data', 'one');
src.emit('data', Buffer.from('two'));
src.emit('end');
console.log(src.listenerCount('data'), src.eventNames());
const s2 = new Stream();
const d2 = new Stream();
d2.writable = true;
d2.write = (c) => { console.log('d2.write', c); return true; };
d2.end = () => console.log('d2.end');
s2.pipe(d2);
d2.on('error', (err) => console.log('d2 error', err.message));
s2.emit('data', 'x');
d2.emit('error', new Error('legacy dest'));
console.log(s2.listenerCount('data'));
