const et = new EventTarget();
const calls = [];
function a(e) { calls.push(['a', this === et, e.type, e.target === et, e.currentTarget === et, e.eventPhase, e.composedPath().length]); }
const b = (e) => calls.push(['b', e.currentTarget === et, e.eventPhase]);
const obj = { handleEvent(e) { calls.push(['obj', this === obj, e.type]); } };
et.addEventListener('x', a);
et.addEventListener('x', a);
et.addEventListener('x', b, true);
et.addEventListener('x', obj);
const ev = new Event('x');
console.log(et.dispatchEvent(ev));
console.log(calls);
console.log(ev.target === et, ev.currentTarget, ev.eventPhase, ev.composedPath());
calls.length = 0;
et.removeEventListener('x', b);
et.dispatchEvent(new Event('x'));
console.log('capture flag must match to remove:', calls.length);
et.removeEventListener('x', b, { capture: true });
et.removeEventListener('x', a, true);
et.removeEventListener('x', a);
calls.length = 0;
et.dispatchEvent(new Event('x'));
console.log(calls);
console.log(et, Object.prototype.toString.call(et), Object.keys(et));
console.log(Object.keys(EventTarget.prototype), Object.getOwnPropertyNames(EventTarget.prototype));
class Sub extends EventTarget {}
console.log(new Sub(), [new Sub()], { nested: { t: new Sub() } });
console.log(typeof EventTarget, typeof Event, typeof CustomEvent, EventTarget.length, EventTarget.name);
