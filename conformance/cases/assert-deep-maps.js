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
  [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  [new Map([[1, 'a']]), new Map([[1, 'b']])],
  [new Map([[1, 'a']]), new Map([[2, 'a']])],
  [new Map([[null, 1]]), new Map([[undefined, 1]])],
  [new Map([[null, 1]]), new Map([[undefined, 2]])],
  [new Map([[null, 1], [undefined, 2]]), new Map([[undefined, 2], [null, 1]])],
  [new Map([[{ a: 1 }, 'x'], [{ a: 1 }, 'y']]), new Map([[{ a: 1 }, 'y'], [{ a: 1 }, 'x']])],
  [new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'y']])],
  [new Map([[{ a: 1 }, 1]]), new Map([[{ a: '1' }, '1']])],
  [new Map([[1, new Map([[2, [3]]])]]), new Map([[1, new Map([[2, [3]]])]])],
  [new Map([[1, undefined]]), new Map([[2, undefined]])],
  [new Map([[1, 'a'], ['1', 'b']]), new Map([['1', 'a'], [1, 'b']])],
  [new Map([[true, 1]]), new Map([[1, 1]])],
  [new Map([['x', 1]]), new Map([[NaN, 1]])],
  [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
  [new Map(), new Set()],
  [Object.assign(new Map([[1, 1]]), { extra: 1 }), new Map([[1, 1]])],
];
pairs.forEach(([a, b], i) => {
  const r = [];
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try { fn(a, b); r.push('eq'); } catch (e) { r.push(e.code); }
    try { fn(b, a); r.push('eq'); } catch (e) { r.push(e.code); }
  }
  console.log(i, r.join(' '));
});
show('message', () => assert.deepStrictEqual(new Map([['k', { deep: [1, 2, 3] }]]), new Map([['k', { deep: [1, 2, 4] }]])));
