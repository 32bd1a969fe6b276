'use strict';
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

// Invalid chunks and encodings throw synchronously.
const w = recorder('w');
w.on('error', (err) => console.log('error', err.code));
const attempts = {
  null: () => w.write(null),
  number: () => w.write(1),
  object: () => w.write({}),
  undefined: () => w.write(undefined),
  'bad encoding': () => w.write('x', 'nope'),
  'end(number)': () => w.end(5),
};
for (const [label, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
console.log(w.write(new Uint16Array([1, 2])), w.write(new DataView(new ArrayBuffer(3))));
console.log('writable', w.writable, w.destroyed);
