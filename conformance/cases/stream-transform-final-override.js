'use strict';
const { Transform } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// A Transform with its own final() still gets _flush (run on 'prefinish').
const t = new Transform({
  transform(c, enc, cb) { cb(null, c); },
  final(cb) { console.log('_final (user)'); cb(); },
  flush(cb) { console.log('_flush'); cb(null, 'F'); },
});
watch('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
t.end('z');
