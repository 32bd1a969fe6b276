// A minimal AbortSignal stand-in (events.once only needs `aborted`, `reason` and add/removeEventListener).
const { EventEmitter, once } = require('events');
function fakeSignal() {
  const listeners = new Set();
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { listeners.add(fn); },
    removeEventListener(type, fn) { listeners.delete(fn); },
    abort(reason) { this.aborted = true; this.reason = reason; for (const fn of [...listeners]) fn({ type: 'abort' }); },
    get count() { return listeners.size; },
  };
}
(async () => {
  const e = new EventEmitter();
  const s = fakeSignal();
  const p = once(e, 'x', { signal: s });
  console.log(e.listenerCount('x'), e.listenerCount('error'), s.count);
  s.abort('stop');
  try {
    await p;
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause);
  }
  console.log(e.listenerCount('x'), e.listenerCount('error'), s.count);
  const pre = fakeSignal();
  pre.aborted = true;
  pre.reason = new Error('already');
  try {
    await once(e, 'x', { signal: pre });
  } catch (err) {
    console.log(err.name, err.message, err.cause.message);
  }
  const s2 = fakeSignal();
  const p2 = once(e, 'x', { signal: s2 });
  e.emit('x', 'value');
  console.log(await p2, s2.count);
  for (const signal of [1, null, {}, 'x']) {
    try {
      await once(e, 'x', { signal });
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
})();
