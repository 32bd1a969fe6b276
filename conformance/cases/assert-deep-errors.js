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
console.log('same', verdict(new Error('a'), new Error('a')));
console.log('message', verdict(new Error('a'), new Error('b')));
console.log('type', verdict(new TypeError('a'), new Error('a')));
console.log('name prop', verdict(Object.assign(new Error('a'), { name: 'X' }), new Error('a')));
console.log('cause', verdict(new Error('a', { cause: 1 }), new Error('a', { cause: 1 })));
console.log('cause differs', verdict(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })));
console.log('cause loose', verdict(new Error('a', { cause: 1 }), new Error('a', { cause: '1' })));
console.log('cause undefined vs missing', verdict(new Error('a', { cause: undefined }), new Error('a')));
console.log('cause objects', verdict(new Error('a', { cause: { x: [1] } }), new Error('a', { cause: { x: [1] } })));
console.log('aggregate', verdict(new AggregateError([1, 2], 'm'), new AggregateError([1, 2], 'm')));
console.log('aggregate differs', verdict(new AggregateError([1, 2], 'm'), new AggregateError([1, 3], 'm')));
console.log('extra prop', verdict(Object.assign(new Error('a'), { code: 1 }), new Error('a')));
console.log('vs object', verdict(new Error('a'), { message: 'a', name: 'Error' }));
class MyError extends Error {}
console.log('subclass', verdict(new MyError('a'), new MyError('a')));
const enumerable = new Error('a');
Object.defineProperty(enumerable, 'message', { enumerable: true });
console.log('enumerable message', verdict(enumerable, new Error('a')));
const stack = new Error('a');
stack.stack = 'other';
console.log('stack ignored', verdict(stack, new Error('a')));
show('message diff', () => assert.deepStrictEqual(new Error('foo'), new Error('bar')));
show('long message diff', () => assert.deepStrictEqual(new Error('foo bar baz qux quux corge grault'), new Error('foo bar baz qux quux corge garply')));
show('type diff', () => assert.deepStrictEqual(new TypeError('foo'), new Error('foo')));
show('props diff', () => assert.deepStrictEqual(Object.assign(new Error('x'), { code: 1 }), Object.assign(new Error('x'), { code: 2 })));
