'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Duplex } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// readable: false / writable: false switch one side off from the start.
const d = new Duplex({ readable: false, write(c, enc, cb) { console.log('_write', c.toString()); cb(); } });
watch('d', d, ['end', 'finish', 'close']);
console.log(d.readable, d.readableEnded, d.writable, d._readableState.readable);
d.end('x');
const d2 = new Duplex({ writable: false, read() {} });
watch('d2', d2, ['end', 'finish', 'close', 'error']);
console.log(d2.readable, d2.writable, d2.writableEnded, d2.writableFinished, d2._writableState.writable);
d2.push('y');
d2.push(null);
d2.resume();
d2.write('z', (err) => console.log('write cb', e(err)));
