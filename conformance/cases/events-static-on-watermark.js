const { EventEmitter, on } = require('events');
class Pausable extends EventEmitter {
  pause() { console.log('pause()'); }
  resume() { console.log('resume()'); }
}
(async () => {
  const e = new Pausable();
  const it = on(e, 'data', { highWaterMark: 3, lowWaterMark: 1 });
  for (let i = 0; i < 5; i++) e.emit('data', i);
  for (let i = 0; i < 5; i++) console.log('got', (await it.next()).value);
  await it.return();
  for (const opts of [{ highWaterMark: 0 }, { highWaterMark: 1.5 }, { highWaterMark: 'x' }, { lowWaterMark: 0 }, { highWatermark: 2, lowWatermark: -1 }]) {
    try {
      on(e, 'q', opts).return();
      console.log('ok', JSON.stringify(opts));
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
})();
