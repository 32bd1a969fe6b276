// EventTarget — the capture flag is part of a listener's identity; once/passive are not.
const et = new EventTarget();
const log = [];
function fn(e) { log.push(`fn phase=${e.eventPhase} this=${this === et}`); }
et.addEventListener('x', fn);
et.addEventListener('x', fn, true);
et.addEventListener('x', fn, { capture: true });
et.addEventListener('x', fn, { capture: false, passive: true });
et.addEventListener('x', fn, { once: true });
et.dispatchEvent(new Event('x'));
console.log('both registrations run once each:', log);
log.length = 0;
et.removeEventListener('x', fn, { capture: true, once: true });
et.dispatchEvent(new Event('x'));
console.log('after removing capture one:', log);
log.length = 0;
et.removeEventListener('x', fn, true);
et.removeEventListener('x', fn, { passive: true });
et.dispatchEvent(new Event('x'));
console.log('after removing non-capture with passive option:', log);
// capture listeners and bubble listeners on the same target run in registration order
const order = [];
const t = new EventTarget();
t.addEventListener('o', () => order.push('bubble-1'));
t.addEventListener('o', () => order.push('capture-1'), true);
t.addEventListener('o', () => order.push('bubble-2'), { capture: false });
t.addEventListener('o', () => order.push('capture-2'), { capture: 1 });
t.dispatchEvent(new Event('o'));
console.log(order);
// once + capture: removal by the once mechanism only removes that registration
const t2 = new EventTarget();
const calls = [];
const g = (e) => calls.push(`g:${e.type}`);
t2.addEventListener('y', g, { once: true, capture: true });
t2.addEventListener('y', g);
t2.dispatchEvent(new Event('y'));
t2.dispatchEvent(new Event('y'));
console.log(calls);
// truthy/falsy capture values
const t3 = new EventTarget();
let n = 0;
const h = () => n++;
for (const c of [0, '', null, undefined, false, NaN, 1, 'yes', {}, [], { capture: 'x' }, true]) {
  try {
    t3.addEventListener('z', h, c);
  } catch (e) {
    console.log(JSON.stringify(c), e.name, e.code, e.message);
  }
}
t3.dispatchEvent(new Event('z'));
console.log('registrations:', n);
