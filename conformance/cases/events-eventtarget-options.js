const et = new EventTarget();
et.addEventListener('x', () => console.log('once listener'), { once: true });
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
const signal = new EventTarget();
signal.aborted = false;
et.addEventListener('y', () => console.log('signal listener'), { signal });
et.dispatchEvent(new Event('y'));
signal.aborted = true;
signal.dispatchEvent(new Event('abort'));
et.dispatchEvent(new Event('y'));
et.addEventListener('z', () => console.log('never: signal already aborted'), { signal });
et.dispatchEvent(new Event('z'));
try {
  et.addEventListener('w', () => {}, { signal: 'x' });
} catch (err) {
  console.log(err.code, err.message);
}
et.addEventListener('p', (e) => { e.preventDefault(); console.log('passive: preventDefault works anyway', e.defaultPrevented); }, { passive: true });
const pe = new Event('p', { cancelable: true });
console.log(et.dispatchEvent(pe), pe.defaultPrevented);
for (const o of [null, undefined, true, false, { once: 1 }, () => {}, []]) {
  try {
    et.addEventListener('o', function opt() { console.log('listener with options', typeof o); }, o);
    et.dispatchEvent(new Event('o'));
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const o of [5, 'str']) {
  try {
    et.addEventListener('o2', () => {}, o);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
