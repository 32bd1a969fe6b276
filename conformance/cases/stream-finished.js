'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { finished, Readable, Writable, Duplex } = require('stream');
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

// finished(stream, cb): end, finish, errors, premature close.
const r = new Readable({ read() {} });
console.log(typeof finished(r, (err) => console.log('readable', e(err))));
r.push(null);
r.resume();
const w = recorder('w');
finished(w, (err) => console.log('writable', e(err)));
w.end('x');
const bad = new Writable({ write(c, enc, cb) { cb(new Error('fw')); } });
bad.on('error', () => {});
finished(bad, (err) => console.log('errored', e(err)));
bad.write('x');
const pr = new Readable({ read() {} });
finished(pr, (err) => console.log('premature readable', e(err)));
pr.destroy();
const pw = recorder('pw');
finished(pw, (err) => console.log('premature writable', e(err)));
pw.destroy();
const d = new Duplex({ read() {}, write(c, enc, cb) { cb(); } });
finished(d, { readable: false }, (err) => console.log('duplex writable side', e(err)));
d.end();
