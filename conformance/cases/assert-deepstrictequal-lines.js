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

show('extra expected line', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
show('extra actual line', () => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
show('many extra expected', () => assert.deepStrictEqual([1], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
show('many extra actual', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1]));
show('comma', () => assert.deepStrictEqual([[1, 2], 3], [[1, 2]]));
show('comma 2', () => assert.deepStrictEqual([[1, 2]], [[1, 2], 3]));
show('empty vs full', () => assert.deepStrictEqual({}, { a: 1, b: 2 }));
show('full vs empty', () => assert.deepStrictEqual({ a: 1, b: 2 }, {}));
