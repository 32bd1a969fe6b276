'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Duplex, Readable, PassThrough, Writable } = require('stream');
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

// Duplex.from with generators, iterables, promises, streams and pairs.
(async () => {
  const d = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  d.write('a');
  d.end('b');
  console.log('generator', await d.toArray());
  const it = Duplex.from(['x', 'y']);
  console.log(it.writable, it.readable, it.constructor.name, await it.toArray());
  console.log('promise', await Duplex.from(Promise.resolve('promised')).toArray());
  const p = new PassThrough();
  console.log('same', Duplex.from(p) === p);
  console.log('readable', await Duplex.from(Readable.from(['r'])).toArray());
  try {
    Duplex.from(5);
  } catch (err) {
    console.log(e(err));
  }
  const pair = Duplex.from({ readable: Readable.from(['pr']), writable: recorder('pw', { objectMode: true }) });
  pair.write('to-writable');
  pair.end();
  console.log('pair', await pair.toArray());
  const consumer = Duplex.from(async function (source) { for await (const c of source) console.log('consumed', c); });
  consumer.end('last');
  await new Promise((resolve) => consumer.on('finish', resolve));
  console.log('consumer finished', consumer.readable);
})();
