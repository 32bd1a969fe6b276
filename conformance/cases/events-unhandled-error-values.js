const EventEmitter = require('events');
const values = ['x', "it's", 'multi\nline', 42, -0, undefined, null, { a: 1, b: [1, 2] }, [1, 'a'], Symbol('s'),
  function named() {}, 10n, true, Object.create(null), new Map([[1, 2]]), { message: 'fake', name: 'Fake' },
  { nested: { deep: { deeper: { deepest: 1 } } } }, new TypeError('a type error')];
for (const v of values) {
  try {
    new EventEmitter().emit('error', v);
  } catch (err) {
    if (err === v) {
      console.log('rethrown as is:', err.name, err.message);
    } else {
      console.log(err.name, err.code, err.message, err.context === v);
    }
  }
}
