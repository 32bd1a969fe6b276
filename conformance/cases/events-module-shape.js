const events = require('events');
console.log(Object.keys(events));
console.log(Object.getOwnPropertyNames(events.prototype));
for (const k of Object.getOwnPropertyNames(events)) {
  if (k === 'EventEmitterAsyncResource') continue;
  const d = Object.getOwnPropertyDescriptor(events, k);
  const v = d.value;
  console.log(k, typeof v, !!d.get, !!d.set, d.writable, d.enumerable, d.configurable,
    typeof v === 'function' ? `${v.name}/${v.length}` : typeof v === 'symbol' ? String(v) : v);
}
for (const k of Object.getOwnPropertyNames(events.prototype)) {
  const v = events.prototype[k];
  console.log(k, typeof v === 'function' ? `${v.name}/${v.length}` : v);
}
console.log(events === events.EventEmitter, events.prototype.on === events.prototype.addListener, events.prototype.off === events.prototype.removeListener);
console.log(require('node:events') === events, typeof Object.getOwnPropertyDescriptor(events, 'EventEmitterAsyncResource').get);
