'use strict';
const { Readable, Writable } = require('stream');
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

// _undestroy() resets a destroyed stream (used by sockets that reconnect).
const w = recorder('w');
w.destroy();
w._undestroy();
console.log(w.destroyed, w.writable, w.writableEnded);
w.write('again');
const r = new Readable({ read() {} });
r.push(null);
r.destroy();
r._undestroy();
console.log(r.destroyed, r.readable, r.readableEnded, r._readableState.ended);
