// AbortSignal — throwIfAborted() and the static AbortSignal.abort().
const c = new AbortController();
console.log(c.signal.throwIfAborted());
for (const reason of [undefined, 'text', 42, null, new TypeError('typed')]) {
  const s = AbortSignal.abort(reason);
  console.log(s.aborted, s instanceof AbortSignal, s instanceof EventTarget);
  try {
    s.throwIfAborted();
    console.log('did not throw');
  } catch (e) {
    console.log('threw', e === s.reason, e instanceof DOMException ? `${e.name}/${e.message}/${e.code}` : e instanceof Error ? `${e.name}:${e.message}` : e);
  }
}
const s1 = AbortSignal.abort();
console.log(s1.reason !== AbortSignal.abort().reason, s1.onabort);
let fired = false;
s1.addEventListener('abort', () => { fired = true; });
setTimeout(() => console.log('listener on already-aborted signal fired:', fired), 1);
try { AbortSignal.prototype.throwIfAborted.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { AbortSignal.prototype.throwIfAborted.call(undefined); } catch (e) { console.log(e.name, e.code, e.message); }
try { Reflect.get(AbortSignal.prototype, 'aborted', {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { Reflect.get(AbortSignal.prototype, 'reason', {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
try { AbortSignal(); } catch (e) { console.log(e.name); }
console.log(AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length, AbortSignal.prototype.throwIfAborted.length);
