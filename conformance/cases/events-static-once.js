const { EventEmitter, once } = require('events');
const e = new EventEmitter();
(async () => {
  const p = once(e, 'ready');
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
  process.nextTick(() => e.emit('ready', 1, 'two', { three: 3 }));
  console.log(await p);
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
  setTimeout(() => e.emit('later'), 1);
  console.log(await once(e, 'later'));
  console.log(once.constructor.name, once.length, once.name);
})();
