// AbortSignal with events helpers — getEventListeners, setMaxListeners, listeners removed by once.
const events = require('events');
const { getEventListeners, setMaxListeners, getMaxListeners } = events;
const c = new AbortController();
const s = c.signal;
function one() {}
function two() {}
s.addEventListener('abort', one);
s.addEventListener('abort', two, { once: true });
s.addEventListener('abort', one);
console.log(getEventListeners(s, 'abort').map((f) => f.name), getEventListeners(s, 'other'));
console.log(getMaxListeners(s));
setMaxListeners(3, s);
console.log(getMaxListeners(s));
s.onabort = function onabortHandler() {};
console.log(getEventListeners(s, 'abort').length);
s.onabort = null;
console.log(getEventListeners(s, 'abort').length);
c.abort();
console.log('after abort', getEventListeners(s, 'abort').map((f) => f.name));
const c2 = new AbortController();
const ee = new events.EventEmitter();
events.once(ee, 'never', { signal: c2.signal }).catch((e) => console.log('once rejected', e.name, e.code, e.cause));
console.log('once registered listeners:', getEventListeners(c2.signal, 'abort').length);
c2.abort('stop');
setTimeout(() => {
  console.log('after once abort:', getEventListeners(c2.signal, 'abort').length);
  const c3 = new AbortController();
  const et = new EventTarget();
  et.addEventListener('ping', () => console.log('ping listener'), { signal: c3.signal });
  console.log('et listeners', getEventListeners(et, 'ping').length, 'signal listeners', getEventListeners(c3.signal, 'abort').length);
  et.dispatchEvent(new Event('ping'));
  c3.abort();
  console.log('et listeners after abort', getEventListeners(et, 'ping').length);
  et.dispatchEvent(new Event('ping'));
  try { getEventListeners({}, 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { setMaxListeners(-1, s); } catch (e) { console.log(e.name, e.code, e.message); }
  try { setMaxListeners(1, {}); } catch (e) { console.log(e.name, e.code, e.message); }
}, 1);
