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

const range = (n) => Array.from({ length: n }, (_, i) => i);
show('middle', () => { const y = range(100); y[50] = -1; assert.deepStrictEqual(range(100), y); });
show('end', () => { const y = range(100); y[99] = -1; assert.deepStrictEqual(range(100), y); });
show('start', () => { const y = range(100); y[0] = -1; assert.deepStrictEqual(range(100), y); });
show('many', () => assert.deepStrictEqual(range(200), range(200).map((v) => (v % 3 === 0 ? -v : v))));
show('identical 3', () => assert.deepStrictEqual([1, 2, 3, 'x', 5, 6, 7], [1, 2, 3, 'y', 5, 6, 7]));
show('identical 4', () => assert.deepStrictEqual([1, 2, 3, 4, 'x', 5, 6, 7, 8], [1, 2, 3, 4, 'y', 5, 6, 7, 8]));
show('identical 5', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 'x', 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 'y', 5, 6, 7, 8, 9]));
show('identical 6', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 'x', 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 'y', 1, 2, 3, 4, 5, 6]));
show('two changes', () => assert.deepStrictEqual([1, 'a', 2, 3, 4, 5, 6, 7, 'b', 8], [1, 'A', 2, 3, 4, 5, 6, 7, 'B', 8]));
show('trailing 4', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4 }, { a: 2, b: 2, c: 3, d: 4 }));
show('trailing 5', () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5], [9, 1, 2, 3, 4, 5]));
show('trailing 6', () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6], [9, 1, 2, 3, 4, 5, 6]));
show('1000 objects', () => {
  const x = range(1000).map((i) => ({ i }));
  const y = range(1000).map((i) => ({ i }));
  y[500].i = 'x';
  assert.deepStrictEqual(x, y);
});
show('80 keys', () => {
  const x = {};
  const y = {};
  for (let i = 0; i < 80; i++) {
    x[`k${i}`] = i;
    y[`k${i}`] = i % 7 === 0 ? `${i}` : i;
  }
  assert.deepStrictEqual(x, y);
});
