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

show('symbols', () => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
show('functions', () => assert.deepStrictEqual([function x() {}], [function x() {}]));
show('same class name', () => {
  const A1 = class A {};
  const A2 = class A {};
  assert.deepStrictEqual(new A1(), new A2());
});
show('invalid dates', () => assert.deepStrictEqual(new Date(NaN), new Date(NaN)));
show('lastIndex', () => { const r = /a/g; r.lastIndex = 3; assert.deepStrictEqual(r, /a/g); });
show('error causes', () => assert.deepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })));
show('huge', () => {
  const x = Array.from({ length: 60 }, (_, i) => i);
  x.push(Symbol('q'));
  const y = Array.from({ length: 60 }, (_, i) => i);
  y.push(Symbol('q'));
  assert.deepStrictEqual(x, y);
});
show('strictEqual objects', () => assert.strictEqual([1, 2, 3], [1, 2, 3]));
show('with message', () => assert.strictEqual({}, {}, 'ignored message'));
