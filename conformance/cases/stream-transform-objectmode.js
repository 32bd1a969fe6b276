'use strict';
const { Transform } = require('stream');
function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(`${name} ${ev}`, x instanceof Error ? `${x.code} ${x.message}` : x === undefined ? '' : typeof x === 'object' && x !== null && !Buffer.isBuffer(x) ? `<${x.constructor.name}>` : x));
  }
}

// Object-mode Transform pushing several values per input; push(null) inside _transform.
const t = new Transform({
  objectMode: true,
  transform(obj, enc, cb) { this.push(obj); this.push({ dup: obj }); cb(); },
});
t.on('data', (d) => console.log('data', d));
t.on('end', () => console.log('end'));
t.write(1);
t.write({ a: 2 });
t.end();
const early = new Transform({ transform(c, enc, cb) { this.push(c); this.push(null); cb(); } });
watch('early', early, ['data', 'end', 'finish', 'close', 'error']);
early.write('a', (err) => console.log('early cb', err));
early.end();
