'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { pipeline, Readable, Writable } = require('stream');
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

// pipeline argument validation.
const tries = {
  'no callback': () => pipeline(Readable.from([1]), recorder('w')),
  'one stream': () => pipeline(Readable.from([1]), () => {}),
  'bad source fn': () => pipeline(() => 5, recorder('w'), () => {}),
  'bad transform': () => pipeline([1], (s) => 5, recorder('w'), () => {}),
  'bad destination': () => pipeline([1], (s) => 5, () => {}),
  'bad middle': () => pipeline([1], 5, recorder('w'), () => {}),
};
for (const [label, fn] of Object.entries(tries)) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, e(err));
  }
}
pipeline([Readable.from(['z']), recorder('wa', { objectMode: true })], (err) => console.log('array form', e(err)));
