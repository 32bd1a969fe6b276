// EventTarget — subclassed targets and events, listener `this`, event fields across dispatches.
class Emitter extends EventTarget {
  fire(type, detail) { return this.dispatchEvent(new CustomEvent(type, { detail, cancelable: true })); }
}
class Ping extends Event {
  constructor(n) { super('ping', { cancelable: true }); this.n = n; }
}
const em = new Emitter();
em.addEventListener('data', function (e) {
  console.log('data', e.detail, this === em, e.target === em, e instanceof CustomEvent, e.constructor.name);
});
console.log(em.fire('data', { v: 1 }), em.fire('other'));
em.addEventListener('ping', (e) => {
  console.log('ping', e.n, e instanceof Ping, e.type, e.eventPhase, e.isTrusted, e.composedPath().length);
  if (e.n === 2) e.preventDefault();
});
for (const n of [1, 2]) {
  const p = new Ping(n);
  console.log('before', p.eventPhase, p.target, p.composedPath());
  console.log('result', em.dispatchEvent(p), p.defaultPrevented);
  console.log('after', p.eventPhase, p.target === em, p.currentTarget, p.composedPath());
}
// arrow listeners see the lexical this; function listeners see the target
const self = this;
em.addEventListener('t', () => console.log('arrow this is module this:', this === self));
em.addEventListener('t', function () { console.log('function this is target:', this === em); });
em.dispatchEvent(new Event('t'));
// events dispatched from inside listeners run synchronously (nested)
const log = [];
em.addEventListener('outer', () => { log.push('outer start'); em.dispatchEvent(new Event('inner')); log.push('outer end'); });
em.addEventListener('inner', () => log.push('inner'));
em.dispatchEvent(new Event('outer'));
console.log(log);
console.log(em instanceof EventTarget, Object.getPrototypeOf(Emitter) === EventTarget, typeof em.fire);
