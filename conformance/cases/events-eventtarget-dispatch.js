const et = new EventTarget();
et.addEventListener('c', (e) => { console.log('1 stops'); e.stopImmediatePropagation(); });
et.addEventListener('c', () => console.log('2 (not called)'));
et.dispatchEvent(new Event('c'));
const ev = new Event('d', { cancelable: true });
et.addEventListener('d', (e) => e.preventDefault());
console.log(et.dispatchEvent(ev), ev.defaultPrevented, ev.returnValue);
const nc = new Event('d');
console.log(et.dispatchEvent(nc), nc.defaultPrevented);
et.addEventListener('r', (e) => {
  console.log('in r', e.eventPhase);
  try {
    et.dispatchEvent(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
et.dispatchEvent(new Event('r'));
const order = new EventTarget();
const l2 = () => console.log('l2');
order.addEventListener('o', () => {
  console.log('l1');
  order.removeEventListener('o', l2);
  order.addEventListener('o', () => console.log('l4 added during dispatch'));
});
order.addEventListener('o', l2);
order.addEventListener('o', () => console.log('l3'));
order.dispatchEvent(new Event('o'));
console.log('--');
order.dispatchEvent(new Event('o'));
const last = new EventTarget();
last.addEventListener('l', () => { console.log('only'); last.addEventListener('l', () => console.log('added at end')); });
last.dispatchEvent(new Event('l'));
console.log(et.dispatchEvent(new Event('nobody')));
const reused = new Event('u');
et.dispatchEvent(reused);
console.log(et.dispatchEvent(reused), reused.target === et);
