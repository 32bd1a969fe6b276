// EventTarget — preventDefault with/without cancelable, passive listeners, returnValue.
const et = new EventTarget();
et.addEventListener('a', (e) => {
  e.preventDefault();
  console.log('in listener', e.defaultPrevented, e.returnValue);
});
for (const cancelable of [true, false, undefined]) {
  const ev = new Event('a', { cancelable });
  console.log(`cancelable=${cancelable}`, et.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue);
}
// returnValue = false acts like preventDefault (only when cancelable)
et.addEventListener('r', (e) => { e.returnValue = false; });
for (const cancelable of [true, false]) {
  const ev = new Event('r', { cancelable });
  console.log(`returnValue=false cancelable=${cancelable}`, et.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue);
}
const rv = new Event('x', { cancelable: true });
rv.returnValue = true;
console.log('returnValue=true does nothing', rv.defaultPrevented);
// passive listener: preventDefault ignored within it
et.addEventListener('pass', (e) => { e.preventDefault(); console.log('passive sees', e.defaultPrevented); }, { passive: true });
et.addEventListener('pass', (e) => { console.log('next listener sees', e.defaultPrevented); });
const pe = new Event('pass', { cancelable: true });
console.log('passive result', et.dispatchEvent(pe), pe.defaultPrevented);
// preventDefault outside of dispatch
const outside = new Event('o', { cancelable: true });
outside.preventDefault();
console.log('outside', outside.defaultPrevented, outside.returnValue);
const t = new EventTarget();
console.log('dispatch of pre-prevented event returns', t.dispatchEvent(outside));
// multiple listeners, one prevents
const m = new EventTarget();
m.addEventListener('m', () => {});
m.addEventListener('m', (e) => e.preventDefault());
m.addEventListener('m', (e) => console.log('later listener sees', e.defaultPrevented));
console.log(m.dispatchEvent(new Event('m', { cancelable: true })));
