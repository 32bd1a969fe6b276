'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');

// for await over Readables: object and byte streams, break, errors.
(async () => {
  for await (const chunk of Readable.from(['a', 'b', 'c'])) console.log('chunk', chunk);

  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  setTimeout(() => { bytes.push('cd'); bytes.push(null); }, 2);
  const got = [];
  for await (const chunk of bytes) got.push(chunk.toString());
  console.log('bytes', got, bytes.destroyed);

  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.on('close', () => console.log('r close'));
  for await (const c of r) {
    console.log('got', c);
    break;
  }
  console.log('destroyed after break', r.destroyed);

  const failing = new Readable({ read() {} });
  setTimeout(() => failing.destroy(new Error('iter fail')), 1);
  try {
    for await (const c of failing) console.log('c', c);
  } catch (err) {
    console.log('caught', e(err));
  }

  const closed = new Readable({ read() {} });
  setTimeout(() => closed.destroy(), 1);
  try {
    for await (const c of closed) console.log('c', c);
  } catch (err) {
    console.log('caught', e(err));
  }

  const body = Readable.from([1, 2, 3]);
  try {
    for await (const c of body) {
      console.log('body', c);
      throw new Error('in body');
    }
  } catch (err) {
    console.log('caught', e(err), body.destroyed);
  }
})();
