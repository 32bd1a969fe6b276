const { EventEmitter, on } = require('events');
function fakeSignal() {
  const listeners = new Set();
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { listeners.add(fn); },
    removeEventListener(type, fn) { listeners.delete(fn); },
    abort(reason) { this.aborted = true; this.reason = reason; for (const fn of [...listeners]) fn(); },
    get count() { return listeners.size; },
  };
}
(async () => {
  const e = new EventEmitter();
  const s = fakeSignal();
  const it = on(e, 'data', { signal: s });
  console.log('signal listeners', s.count);
  e.emit('data', 1);
  console.log(await it.next());
  const p = it.next();
  s.abort('why');
  try {
    await p;
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause);
  }
  console.log(await it.next(), e.listenerCount('data'), s.count);
  const pre = fakeSignal();
  pre.aborted = true;
  try {
    on(e, 'data', { signal: pre });
  } catch (err) {
    console.log('sync throw', err.name, err.message);
  }
  try {
    on(e, 'data', { signal: 'nope' });
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
