const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (type, listener) => {
  console.log('newListener', String(type), listener.name, e.listenerCount(type));
  if (type === 'x') e.on('y', function addedInside() {});
});
e.on('x', function fx() {});
e.once('z', function fz() {});
e.prependListener(Symbol('sym'), function fs() {});
console.log(e.eventNames().map(String));
e.emit('newListener', 'manual', function manual() {});
