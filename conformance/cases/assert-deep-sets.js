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

const pairs = [
  [new Set([1, 2, 3]), new Set([3, 2, 1])],
  [new Set([1, 2, 3]), new Set([1, 2, 4])],
  [new Set([1, 2]), new Set([1, 2, 3])],
  [new Set([1, 2]), new Set(['1', 2])],
  [new Set([1, '1']), new Set(['1', 1])],
  [new Set([undefined]), new Set([null])],
  [new Set([null, 1]), new Set([undefined, 1])],
  [new Set(['a']), new Set([NaN])],
  [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 2 }])],
  [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  [new Set([{ a: 1 }]), new Set([{ a: '1' }])],
  [new Set([1, { a: 1 }, [2]]), new Set([[2], 1, { a: 1 }])],
  [new Set([new Set([1]), new Set([2])]), new Set([new Set([2]), new Set([1])])],
  [new Set([[1, 2], [3]]), new Set([[3], [1, 2]])],
  [new Set([0]), new Set([false])],
  [new Set([1n]), new Set([1])],
  [new Set([1, '1', 2]), new Set([1, 2, '2'])],
  [new Set([NaN]), new Set([NaN])],
  [new Set([-0]), new Set([0])],
];
pairs.forEach(([a, b], i) => {
  const r = [];
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try { fn(a, b); r.push('eq'); } catch (e) { r.push(e.code); }
    try { fn(b, a); r.push('eq'); } catch (e) { r.push(e.code); }
  }
  console.log(i, r.join(' '));
});
show('message', () => assert.deepStrictEqual(new Set([[1, 2], [3]]), new Set([[3], [1, 3]])));
