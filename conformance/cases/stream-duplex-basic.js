'use strict';
const { Duplex } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// A Duplex echoing writes to its readable side.
const d = new Duplex({
  read() { console.log('_read'); },
  write(chunk, enc, cb) { console.log('_write', chunk.toString()); this.push(chunk); cb(); },
  final(cb) { console.log('_final'); this.push(null); cb(); },
});
watch('d', d, ['data', 'end', 'finish', 'close', 'prefinish']);
d.write('a');
d.end('b');
console.log(d.allowHalfOpen, d.readableHighWaterMark, d.writableHighWaterMark);
