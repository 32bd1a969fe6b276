const c = new AbortController();
console.log(c, c.signal, c.signal.aborted, c.signal.reason);
c.signal.addEventListener('abort', (e) => console.log('listener', e.type, e.isTrusted, c.signal.aborted));
c.signal.onabort = (e) => console.log('onabort', e.type);
c.abort();
c.abort('again');
console.log(c.signal, c.signal.reason.name, c.signal.reason.message, c.signal.reason instanceof DOMException);
try { c.signal.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
const a = AbortSignal.abort('why');
console.log(a.aborted, a.reason);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.message));
setTimeout(() => {}, 20);
const c2 = new AbortController();
const any = AbortSignal.any([c2.signal, AbortSignal.timeout(1000)]);
any.onabort = () => console.log('any aborted', any.reason);
c2.abort('c2');
try { AbortSignal.any([1]); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.timeout(-1); } catch (e) { console.log(e.code); }
const { setTimeout: sleep } = require('timers/promises');
const c3 = new AbortController();
sleep(1000, 'v', { signal: c3.signal }).catch((e) => console.log('sleep', e.name, e.code));
c3.abort();
console.log(Object.prototype.toString.call(c.signal), typeof AbortSignal.prototype.throwIfAborted);
