'use strict';
const { Transform } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// Transform: _transform results, _flush, event order.
const t = new Transform({
  transform(chunk, enc, cb) { console.log('_transform', chunk.toString(), enc); cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { console.log('_flush'); this.push('!'); cb(); },
});
watch('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
t.write('abc');
t.end('def');
