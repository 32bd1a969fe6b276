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

// Strings with encodings, decodeStrings: false, setDefaultEncoding.
const w = recorder('w', { decodeStrings: false });
w.end('6869', 'hex', () => console.log('done'));
const w2 = recorder('w2');
w2.end('6869', 'hex');
const w3 = recorder('w3');
w3.write('abc', 'latin1');
w3.setDefaultEncoding('HEX');
w3.write('4142');
console.log(w3._writableState.defaultEncoding);
for (const bad of ['nope', 3]) {
  try {
    w3.setDefaultEncoding(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
const w4 = recorder('w4', { defaultEncoding: 'base64' });
w4.write('aGk=');
