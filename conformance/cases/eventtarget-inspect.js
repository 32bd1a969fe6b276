// EventTarget / Event / CustomEvent — util.inspect output (timeStamp masked), subclass names.
const util = require('util');
const mask = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
const show = (v, o) => console.log(mask(util.inspect(v, o)));
show(new Event('plain'));
show(new Event('opts', { cancelable: true, bubbles: true, composed: true }));
show(new CustomEvent('custom', { detail: { a: [1, { b: 2 }] } }));
show(new Event('depth0'), { depth: 0 });
show([new Event('in-array')]);
show({ nested: { ev: new Event('nested') } });
show(new Event('depth-1'), { depth: -1 });
const et = new EventTarget();
et.addEventListener('during', (e) => show(e));
const prevented = new Event('during', { cancelable: true });
et.addEventListener('during', (e) => e.preventDefault());
et.dispatchEvent(prevented);
show(prevented);
show(et);
show(new EventTarget(), { depth: 0 });
class MyTarget extends EventTarget { constructor() { super(); this.extra = 1; } }
show(new MyTarget());
class MyEvent extends Event { constructor() { super('mine'); this.own = 'prop'; } }
show(new MyEvent());
console.log(Object.keys(new MyEvent()), String(new MyEvent()), `${new CustomEvent('c')}`);
console.log(Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new CustomEvent('x')));
console.log(Event.prototype[Symbol.toStringTag], CustomEvent.prototype[Symbol.toStringTag], EventTarget.prototype[Symbol.toStringTag]);
