// AbortSignal.timeout(ms) — TimeoutError DOMException, ordering against timers, validation.
const t = AbortSignal.timeout(5);
console.log(t.aborted, t.reason);
const events = [];
t.onabort = (e) => events.push(`onabort:${e.type}:${t.aborted}`);
t.addEventListener('abort', () => events.push('listener'));
setTimeout(() => {
  const r = t.reason;
  console.log(events);
  console.log(r instanceof DOMException, r.name, r.message, r.code, DOMException.TIMEOUT_ERR);
  try { t.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e === r, e.name); }
  const z = AbortSignal.timeout(0);
  console.log('timeout(0) sync aborted:', z.aborted);
  setTimeout(() => {
    console.log('timeout(0) later aborted:', z.aborted, z.reason.name);
    const { setTimeout: sleep } = require('timers/promises');
    sleep(1000, 'x', { signal: AbortSignal.timeout(2) }).catch((e) => {
      console.log('sleep aborted by timeout', e.name, e.code, e.cause.name);
    });
  }, 10);
}, 40);
for (const bad of [-1, 'x', NaN, 1.5, 2 ** 53, undefined, null, {}]) {
  try {
    const s = AbortSignal.timeout(bad);
    console.log(String(bad), 'ok', s.aborted);
  } catch (e) {
    console.log(String(bad), e.name, e.code, e.message);
  }
}
