// Timeout and Immediate objects are disposable: calling [Symbol.dispose]()
// cancels them like clearTimeout / clearInterval / clearImmediate, and
// disposing twice or after the timer ran is harmless.
'use strict';

const order = [];
const timeout = setTimeout(() => order.push('timeout (should not run)'), 5);
const interval = setInterval(() => order.push('interval (should not run)'), 5);
const immediate = setImmediate(() => order.push('immediate (should not run)'));

console.log('types:', typeof timeout[Symbol.dispose], typeof immediate[Symbol.dispose]);
const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(timeout), Symbol.dispose);
console.log('on the prototype:', typeof desc.value, desc.enumerable, desc.writable);

console.log('returns:', timeout[Symbol.dispose](), interval[Symbol.dispose](), immediate[Symbol.dispose]());
console.log('destroyed:', timeout._destroyed, interval._destroyed, immediate._destroyed);
timeout[Symbol.dispose]();
immediate[Symbol.dispose]();

const kept = setTimeout(() => {
  order.push('kept timeout ran');
  kept[Symbol.dispose]();
  const inner = setImmediate(() => order.push('inner immediate ran'));
  setImmediate(() => {
    order.push('second immediate ran');
    inner[Symbol.dispose]();
  });
}, 1);

process.on('exit', () => {
  console.log(order.join('\n'));
  console.log('kept destroyed:', kept._destroyed);
});
