// timers/promises — setTimeout resolves with its value, in delay order, and module shape.
const tp = require('timers/promises');
const { setTimeout: sleep } = require('node:timers/promises');
console.log(Object.keys(tp), tp === require('timers').promises, sleep === tp.setTimeout);
console.log(typeof tp.setTimeout, tp.setTimeout.name, tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length);
const order = [];
// 2**31 overflows: node warns (stderr) and uses 1ms (scheduled first so later timers queue behind it)
const overflow = sleep(2 ** 31, 'overflow-is-1ms', { ref: false }).then((v) => order.push(v));
const obj = { o: 1 };
const p = sleep(8, obj);
console.log(p instanceof Promise, Object.prototype.toString.call(p));
Promise.all([
  overflow,
  sleep(30, 'c').then((v) => order.push(v)),
  sleep(1, 'a').then((v) => order.push(v)),
  sleep(15, 'b').then((v) => order.push(v)),
  sleep().then((v) => order.push(`none:${v}`)),
  sleep(undefined, 'undef-delay').then((v) => order.push(v)),
  sleep(-5, 'negative').then((v) => order.push(v)),
  p.then((v) => order.push(`obj identity:${v === obj}`)),
]).then(async () => {
  console.log(order);
  const [x, y] = await Promise.all([sleep(1, 1), sleep(1, 2)]);
  console.log(x, y, await sleep(0, null), await sleep(1.7, 'fraction'));
  const t0 = Date.now();
  await sleep(25);
  console.log('waited at least ~25ms:', Date.now() - t0 >= 20);
});
