'use strict';
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
  }
}

const verdict = (a, b) => {
  const r = [];
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try { fn(a, b); r.push('eq'); } catch (e) { r.push('ne'); }
  }
  return r.join(' ');
};
const s = Symbol.for('k');
class A { constructor() { this.x = 1; } }
console.log('class vs object', verdict(new A(), { x: 1 }));
console.log('null protos', verdict(Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 1 })));
console.log('symbol key', verdict({ [s]: 1 }, { [s]: 1 }));
console.log('symbol key differs', verdict({ [s]: 1 }, { [s]: 2 }));
console.log('symbol key missing', verdict({ [s]: 1 }, {}));
console.log('non-enumerable symbol', verdict(Object.defineProperty({}, s, { value: 1 }), {}));
console.log('non-enumerable vs enumerable', verdict(Object.defineProperty({}, s, { value: 1 }), { [s]: 1 }));
console.log('non-enumerable prop', verdict(Object.defineProperty({}, 'a', { value: 1 }), {}));
console.log('getter', verdict({ get a() { return 1; } }, { a: 1 }));
console.log('key order', verdict({ a: 1, b: 2 }, { b: 2, a: 1 }));
console.log('number keys', verdict({ 1: 'a', 2: 'b' }, { 2: 'b', 1: 'a' }));
console.log('length object', verdict({ length: 0 }, []));
console.log('toStringTag', verdict({ [Symbol.toStringTag]: 'X' }, { [Symbol.toStringTag]: 'X' }));
console.log('tag vs plain', verdict({ [Symbol.toStringTag]: 'X', a: 1 }, { a: 1 }));
console.log('fake date', verdict({ [Symbol.toStringTag]: 'Date' }, new Date(0)));
console.log('functions', verdict(function f() {}, function f() {}));
console.log('proxy', verdict(new Proxy({ a: 1 }, {}), { a: 1 }));
console.log('proxy array', verdict(new Proxy([1], {}), [1]));
show('prototype message', () => assert.deepStrictEqual(new A(), { x: 1 }));
show('symbol message', () => assert.deepStrictEqual({ [s]: 1 }, { [s]: 2 }));
