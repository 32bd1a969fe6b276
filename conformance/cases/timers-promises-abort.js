// timers/promises — AbortSignal aborted before and after for setTimeout/setImmediate/setInterval.
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');
const show = (label) => (e) => console.log(label, e.name, e.code, e.message, e.constructor.name, e.cause === undefined ? 'no cause' : e.cause);
(async () => {
  // already aborted with reason
  await sleep(10, 'v', { signal: AbortSignal.abort('why') }).then(console.log, show('pre-timeout'));
  await immediate('v', { signal: AbortSignal.abort() }).then(console.log, (e) => console.log('pre-immediate', e.name, e.code, e.cause.name, e.cause.message));
  const it = every(10, 'v', { signal: AbortSignal.abort(42) });
  await it.next().then(console.log, show('pre-interval'));
  // abort after scheduling
  const c1 = new AbortController();
  const p1 = sleep(1000, 'v', { signal: c1.signal });
  c1.abort(new RangeError('custom reason'));
  await p1.then(console.log, (e) => console.log('post-timeout', e.name, e.code, e.cause instanceof RangeError, e.cause.message));
  const c2 = new AbortController();
  const p2 = immediate('v', { signal: c2.signal });
  c2.abort();
  await p2.then(console.log, (e) => console.log('post-immediate', e.name, e.code, e.cause.name, e.cause.code));
  const c3 = new AbortController();
  const it3 = every(2, 'i', { signal: c3.signal });
  console.log(await it3.next());
  let got = 0;
  try {
    for await (const v of it3) {
      console.log('got', v);
      if (++got === 2) c3.abort('stop');
    }
  } catch (e) {
    show('post-interval')(e);
  }
  // abort after resolution is harmless
  const c4 = new AbortController();
  console.log(await sleep(1, 'resolved-first', { signal: c4.signal }));
  c4.abort();
  console.log('listeners after settle:', require('events').getEventListeners(c4.signal, 'abort').length);
  const c5 = new AbortController();
  const p5 = sleep(1000, 'x', { signal: c5.signal });
  console.log('listeners while pending:', require('events').getEventListeners(c5.signal, 'abort').length);
  c5.abort();
  await p5.catch(() => {});
  console.log('done');
})();
