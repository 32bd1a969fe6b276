const { getMaxListeners, setMaxListeners, getEventListeners, EventEmitter } = require('events');
process.on('warning', (w) => console.log(w.name, '|', w.message, '|', w.type, w.count));
const et = new EventTarget();
console.log(getMaxListeners(et));
setMaxListeners(2, et);
console.log(getMaxListeners(et));
for (let i = 0; i < 4; i++) et.addEventListener('a', () => {});
for (let i = 0; i < 3; i++) et.addEventListener('b', () => {});
setMaxListeners(2, et);
et.addEventListener('b', () => {});
setMaxListeners(0, et);
try {
  getMaxListeners(et);
} catch (err) {
  console.log('limit 0 reads as not an EventTarget:', err.code);
}
EventEmitter.defaultMaxListeners = 1;
class MyTarget extends EventTarget {}
const mt = new MyTarget();
console.log(getMaxListeners(mt));
mt.addEventListener('x', () => {});
mt.addEventListener('y', () => {});
mt.addEventListener('y', () => {});
console.log(getEventListeners(mt, 'y').length, getEventListeners(mt, 'none'));
const f = () => {};
const obj = { handleEvent() {} };
et.addEventListener('c', f);
et.addEventListener('c', obj);
et.addEventListener('c', f, { capture: true });
console.log(getEventListeners(et, 'c').map((l) => (l === f ? 'f' : l === obj ? 'obj' : '?')));
