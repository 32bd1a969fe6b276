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

show('nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2, { d: 3 }] } } }, { a: { b: { c: [1, 2, { d: 4 }] } } }));
show('keys', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, c: 3 }));
show('map', () => assert.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[1, 'a'], [2, 'c']])));
show('set', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
show('short prims', () => assert.deepStrictEqual(1, 2));
show('short strings', () => assert.deepStrictEqual('a', 'b'));
show('0 -0', () => assert.deepStrictEqual(0, -0));
show('array -0', () => assert.deepStrictEqual([-0], [0]));
show('undefined key', () => assert.deepStrictEqual({ a: undefined }, {}));
show('string object', () => assert.deepStrictEqual('a', new String('a')));
show('multiline string prop', () => assert.deepStrictEqual({ s: 'line1\nline2\nline3' }, { s: 'line1\nline2\nline4' }));
show('long string prop', () => assert.deepStrictEqual({ s: 'x'.repeat(100) }, { s: 'y'.repeat(100) }));
show('users', () => {
  const mk = (v) => ({ users: [{ name: 'ann', roles: ['admin', 'dev'], age: 30 }, { name: 'bob', roles: ['dev'], age: v }], total: 2 });
  assert.deepStrictEqual(mk(40), mk(41));
});
show('class', () => { class A {} class B {} assert.deepStrictEqual(new A(), new B()); });
show('null proto', () => assert.deepStrictEqual(Object.create(null), {}));
show('regexps', () => assert.deepStrictEqual(/a/g, /a/i));
show('dates', () => assert.deepStrictEqual(new Date(0), new Date(1)));
