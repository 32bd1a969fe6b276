const { EventEmitter, on } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  for (const v of ['x', undefined, { message: 'not an error' }]) {
    try {
      it.throw(v);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  console.log(it.throw(new Error('thrown in')));
  try {
    await it.next();
  } catch (err) {
    console.log('next rejects', err.message);
  }
  console.log(await it.next(), e.listenerCount('data'));
})();
