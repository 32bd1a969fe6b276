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

show('strictEqual', () => assert.strictEqual(1, 2, 'my message'));
show('strictEqual number', () => assert.strictEqual(1, 2, 5));
show('strictEqual empty', () => assert.strictEqual(1, 2, ''));
show('strictEqual zero', () => assert.strictEqual(1, 2, 0));
show('strictEqual object message', () => assert.strictEqual(1, 2, {}));
show('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 2 }, 'm'));
show('strictEqual long', () => assert.strictEqual('a'.repeat(30), 'b'.repeat(30), 'm'));
show('deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep message'));
show('deepStrictEqual arrays', () => assert.deepStrictEqual([1], [2], 'm'));
show('deepStrictEqual identical', () => assert.deepStrictEqual(Symbol('x'), Symbol('x'), 'm'));
show('notStrictEqual', () => assert.notStrictEqual(1, 1, 'm'));
show('notStrictEqual zero', () => assert.notStrictEqual(1, 1, 0));
show('deepEqual', () => assert.deepEqual(1, 2, 'm'));
show('deepEqual empty', () => assert.deepEqual(1, 2, ''));
