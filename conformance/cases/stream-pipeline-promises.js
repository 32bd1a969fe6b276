'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
// (A DOMException cause would print its stack: show its name and message only.)
const c = (cause) => cause instanceof Error ? `${cause.name}: ${cause.message}` : cause;
const { Readable, Writable, Transform } = require('stream');
const { pipeline } = require('stream/promises');
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

// stream/promises pipeline: values, errors, AbortSignal, { end: false }.
(async () => {
  const settle = async (label, p) => {
    try {
      console.log(label, 'resolved', await p);
    } catch (err) {
      console.log(label, 'rejected', e(err), c(err.cause));
    }
  };
  await settle('ok', pipeline(Readable.from(['a']), recorder('w', { objectMode: true })));
  await settle('value', pipeline([1, 2], async (src) => { let s = 0; for await (const x of src) s += x; return s; }));
  await settle('error', pipeline(Readable.from(['a']), new Transform({ transform(c, enc, cb) { cb(new Error('pt')); } }), recorder('w2')));
  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), recorder('w3'), { signal: ac.signal });
  ac.abort();
  await settle('abort', p);
  const ac2 = new AbortController();
  ac2.abort('why');
  await settle('pre-aborted', pipeline(Readable.from(['q']), recorder('w4', { objectMode: true }), { signal: ac2.signal }));
  const w5 = recorder('w5', { objectMode: true });
  await settle('end false', pipeline(Readable.from(['k']), w5, { end: false }));
  console.log('w5 ended', w5.writableEnded);
  const util = require('util');
  console.log(util.promisify(require('stream').pipeline) === pipeline, require('stream').promises.pipeline === pipeline);
})();
