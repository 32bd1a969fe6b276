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

show('long strings', () => assert.strictEqual('hello world foo', 'hello world bar'));
show('prefix 2', () => assert.strictEqual('abcdefghijklmnop', 'abxdefghijklmnop'));
show('prefix 3', () => assert.strictEqual('abcdefghijklmnop', 'abcxefghijklmnop'));
show('80 wide', () => assert.strictEqual('a'.repeat(40), `${'a'.repeat(37)}b`));
show('79 wide', () => assert.strictEqual('a'.repeat(36), `${'a'.repeat(37)}b`));
show('objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('objects differ', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('arrays', () => assert.strictEqual([1, 2], [1, 2]));
show('functions', () => assert.strictEqual(function f() {}, function f() {}));
show('functions differ', () => assert.strictEqual(function f() {}, function g() {}));
show('object vs null', () => assert.strictEqual({}, null));
show('object vs array', () => assert.strictEqual({}, []));
show('dates', () => assert.strictEqual(new Date(0), new Date(0)));
show('big numbers', () => assert.strictEqual(123456789, 123456780));
