const e = new Event('foo');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.target, e.currentTarget, e.srcElement,
  e.eventPhase, e.returnValue, e.cancelBubble, e.isTrusted, e.composedPath(), typeof e.timeStamp);
e.preventDefault();
console.log('not cancelable:', e.defaultPrevented, e.returnValue);
const c = new Event('bar', { cancelable: true, bubbles: 1, composed: 'yes' });
console.log(c.cancelable, c.bubbles, c.composed);
c.preventDefault();
console.log(c.defaultPrevented, c.returnValue);
c.cancelBubble = false;
console.log(c.cancelBubble);
c.cancelBubble = true;
console.log(c.cancelBubble);
console.log(Object.prototype.toString.call(c), String(c), Object.keys(c));
console.log(Object.keys(Event.prototype));
console.log(Object.getOwnPropertyNames(Event), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(new Event(1).type, new Event(null).type, new Event(undefined).type, new Event({ toString: () => 'obj' }).type);
const i = new Event('init');
i.initEvent('renamed', true, true);
console.log(i.type, i.bubbles, i.cancelable, Event.length, Event.name);
for (const [label, fn] of [['no args', () => new Event()], ['bad options', () => new Event('x', 5)],
  ['string options', () => new Event('x', 'str')], ['without new', () => Event('x')], ['initEvent()', () => i.initEvent()],
  ['symbol type', () => new Event(Symbol('s'))]]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    // (The engine words its own TypeErrors differently: print the message of Node errors only.)
    console.log(label, err.name, err.code, err.code ? err.message : '');
  }
}
for (const k of ['type', 'target', 'cancelable', 'defaultPrevented', 'eventPhase', 'isTrusted']) {
  try {
    Object.getOwnPropertyDescriptor(Event.prototype, k).get.call({});
  } catch (err) {
    console.log(k, err.code, err.message);
  }
}
try {
  Event.prototype.preventDefault.call({});
} catch (err) {
  console.log('preventDefault', err.code, err.message);
}
