'use strict';
const { Readable } = require('stream');

// Readable.from with arrays, strings, Buffers, generators and promises.
const show = (label, r) => {
  const out = [];
  r.on('data', (d) => out.push(d));
  r.on('end', () => console.log(label, out, r.readableObjectMode, r.readableHighWaterMark));
};
show('array', Readable.from(['a', 'b', 'c']));
show('string', Readable.from('hello'));
show('buffer', Readable.from(Buffer.from('buf')));
show('string bytes', Readable.from('x', { objectMode: false }));
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('gen finally');
  }
}
show('generator', Readable.from(gen()));
show('promises', Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]));
show('set', Readable.from(new Set([1, 2])));
