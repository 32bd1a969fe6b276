const util = require('util');
const show = (target, source) => {
  try {
    const r = util._extend(target, source);
    console.log(r === target, JSON.stringify(r), r && typeof r === 'object' ? Object.keys(r).join(',') : typeof r);
  } catch (e) {
    console.log(e.name);
  }
};
show({ a: 1 }, { b: 2, c: 3 });
show({ a: 1 }, { a: 2 });
show({}, { z: 1, y: 2, 1: 'one', 0: 'zero' });
show({ a: 1 }, null);
show({ a: 1 }, undefined);
show({ a: 1 }, 5);
show({ a: 1 }, 'str');
show({ a: 1 }, [7, 8]);
show({}, Object.defineProperty({ v: 1 }, 'hidden', { value: 2, enumerable: false }));
show({}, { [Symbol('s')]: 1, k: 2 });
show({}, Object.create({ inherited: 1 }));
show([1], { 1: 'x' });
show(null, { a: 1 });
show(undefined, {});
const order = [];
const target = new Proxy({}, { set(t, k, v) { order.push(k); t[k] = v; return true; } });
util._extend(target, { first: 1, second: 2, third: 3 });
console.log(order.join(','));
console.log(util._extend.length);
