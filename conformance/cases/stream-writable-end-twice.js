'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Writable } = require('stream');

// A Writable that logs each _write and calls back synchronously (delay < 0), on the next tick
// (0) or after `delay` ms.
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
function watch(name, s, events) {
  for (const ev of events) s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : x));
}

// end() repeated: before finish, after finish (ERR_STREAM_ALREADY_FINISHED), after destroy.
const w = recorder('w', { delay: 1 });
watch('w', w, ['finish', 'close', 'error']);
w.write('a');
w.end(() => console.log('end1'));
w.end(() => console.log('end2'));
setTimeout(() => w.end((err) => console.log('end3', e(err))), 10);
const w2 = recorder('w2');
w2.on('error', (err) => console.log('w2 error', e(err)));
w2.destroy();
w2.end((err) => console.log('end after destroy', e(err)));
