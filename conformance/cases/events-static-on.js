const { EventEmitter, on } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log(e.listenerCount('data'), e.listenerCount('error'), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 3);
    e.emit('data');
  });
  let n = 0;
  for await (const value of it) {
    console.log('value', value);
    if (++n === 3) break;
  }
  console.log('after break', e.listenerCount('data'), e.listenerCount('error'));
  console.log(on.name, on.length);
})();
