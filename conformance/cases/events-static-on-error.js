const { EventEmitter, on } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  e.emit('data', 'a');
  e.emit('error', new Error('stop'));
  e.emit('data', 'ignored');
  console.log(e.listenerCount('data'), e.listenerCount('error'));
  for (let i = 0; i < 3; i++) {
    try {
      console.log('next', await it.next());
    } catch (err) {
      console.log('rejected', err.message);
    }
  }
  const e2 = new EventEmitter();
  const it2 = on(e2, 'data');
  const pending = it2.next();
  e2.emit('error', new Error('while waiting'));
  try {
    await pending;
  } catch (err) {
    console.log('pending rejected', err.message);
  }
  console.log(await it2.next());
  const e3 = new EventEmitter();
  const it3 = on(e3, 'error');
  e3.emit('error', new Error('as data'));
  const r = await it3.next();
  console.log(r.done, r.value[0].message);
  await it3.return();
  console.log(e3.listenerCount('error'));
})();
