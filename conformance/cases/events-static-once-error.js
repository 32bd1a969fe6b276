const { EventEmitter, once } = require('events');
(async () => {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  e.emit('error', new Error('failed before ready'));
  try {
    await p;
  } catch (err) {
    console.log('rejected:', err.message);
  }
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
  const p2 = once(e, 'error');
  console.log('waiting for error itself:', e.listenerCount('error'));
  e.emit('error', new Error('the value'));
  const [value] = await p2;
  console.log('resolved with', value.message);
  try {
    await once({}, 'x');
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
