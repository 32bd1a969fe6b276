'use strict';
const { Transform } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// _flush calling back later with data.
const t = new Transform({
  transform(chunk, enc, cb) { cb(); },
  flush(cb) { setTimeout(() => cb(null, 'flushed'), 1); },
});
watch('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
t.end('x');
