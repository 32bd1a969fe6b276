// AbortController / AbortSignal — util.inspect output, toStringTag and prototype shapes.
const util = require('util');
const c = new AbortController();
console.log(util.inspect(c));
console.log(util.inspect(c.signal));
console.log(util.inspect(c, { depth: 0 }));
console.log(util.inspect(c.signal, { depth: -1 }));
console.log([c.signal], { s: c.signal });
c.abort();
console.log(util.inspect(c), util.inspect(c.signal));
console.log(util.inspect(AbortSignal.abort('x')), util.inspect(AbortSignal.timeout(1000)));
console.log(util.inspect(AbortSignal.any([])));
console.log(Object.prototype.toString.call(c), Object.prototype.toString.call(c.signal));
console.log(AbortSignal.prototype[Symbol.toStringTag], AbortController.prototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortController.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal).sort());
console.log(Object.keys(c), Object.keys(c.signal), JSON.stringify(c), JSON.stringify(c.signal));
console.log(Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype, Object.getPrototypeOf(AbortSignal) === EventTarget);
console.log(AbortSignal.name, AbortController.name, typeof AbortSignal, typeof AbortController);
class MyController extends AbortController {}
const m = new MyController();
console.log(util.inspect(m), m.signal instanceof AbortSignal);
