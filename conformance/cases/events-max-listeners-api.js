const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (const v of [0, 1, 5.5, Infinity, -1, NaN, '5', null, undefined, -0]) {
  try {
    console.log('set', String(v), e.setMaxListeners(v) === e, e.getMaxListeners());
  } catch (err) {
    console.log('set', String(v), err.code, err.message);
  }
}
for (const v of [3, 0, -1, NaN, '5']) {
  try {
    EventEmitter.defaultMaxListeners = v;
    console.log('default', String(v), EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
  } catch (err) {
    console.log('default', String(v), err.code, err.message);
  }
}
EventEmitter.defaultMaxListeners = 10;
const d = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
