'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const { Readable } = require('stream');
const { finished } = require('stream/promises');

// stream/promises finished(), with { cleanup: true }.
(async () => {
  const r = Readable.from(['a']);
  r.resume();
  console.log('finished', await finished(r));
  const r2 = new Readable({ read() {} });
  setTimeout(() => r2.destroy(new Error('pf')), 1);
  try {
    await finished(r2);
  } catch (err) {
    console.log('rejected', e(err));
  }
  const r3 = Readable.from(['a']);
  r3.resume();
  await finished(r3, { cleanup: true });
  console.log('listeners left', r3.listenerCount('end'), r3.listenerCount('close'));
  try {
    await finished(r3, { cleanup: 'yes' });
  } catch (err) {
    console.log(e(err));
  }
})();
