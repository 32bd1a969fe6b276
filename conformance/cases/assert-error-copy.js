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

show('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('type errors', () => assert.deepStrictEqual(new TypeError('a'), new RangeError('a')));
show('strictEqual errors', () => assert.strictEqual(new Error('same'), new Error('same')));
show('notDeepStrictEqual errors', () => assert.notDeepStrictEqual(new Error('a'), new Error('a')));
try {
  const a = new Error('a');
  assert.deepStrictEqual(a, new Error('b'));
} catch (e) {
  console.log(e.actual instanceof Error, Object.prototype.hasOwnProperty.call(e.actual, 'stack'), e.actual.message);
}
