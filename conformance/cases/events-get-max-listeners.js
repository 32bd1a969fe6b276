const { EventEmitter, getMaxListeners, setMaxListeners } = require('events');
const a = new EventEmitter();
const b = new EventEmitter();
console.log(getMaxListeners(a));
setMaxListeners(3, a, b);
console.log(getMaxListeners(a), getMaxListeners(b), EventEmitter.defaultMaxListeners);
setMaxListeners(7);
console.log(EventEmitter.defaultMaxListeners, getMaxListeners(new EventEmitter()), getMaxListeners(a));
setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
for (const args of [[-1], ['5'], [NaN], [3, {}], [3, a, 'x']]) {
  try {
    setMaxListeners(...args);
    console.log('ok', args.length);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const v of [{}, null, undefined, 5]) {
  try {
    getMaxListeners(v);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(getMaxListeners({ getMaxListeners() { return 'ignored'; }, _maxListeners: 4 }));
