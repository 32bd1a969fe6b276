const c = new CustomEvent('c', { detail: { a: 1 } });
console.log(c.detail, c.type, c instanceof Event, Object.prototype.toString.call(c));
console.log(new CustomEvent('d').detail, new CustomEvent('d', { detail: undefined }).detail, new CustomEvent('d', { detail: 0 }).detail);
console.log(Object.keys(CustomEvent.prototype), Object.getOwnPropertyNames(CustomEvent.prototype), CustomEvent.length);
for (const [label, fn] of [['no args', () => new CustomEvent()], ['bad options', () => new CustomEvent('x', 5)],
  ['detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x'))],
  ['null detail', () => new CustomEvent('x', { detail: null }).detail]]) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const et = new EventTarget();
et.addEventListener('msg', (e) => console.log('received', e.detail, e instanceof CustomEvent));
et.dispatchEvent(new CustomEvent('msg', { detail: [1, 2, 3] }));
