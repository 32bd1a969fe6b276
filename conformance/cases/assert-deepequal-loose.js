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
  [{ a: 1 }, { a: '1' }],
  [[1, 2], ['1', '2']],
  [null, undefined],
  [0, false],
  [1n, 1],
  [NaN, NaN],
  [-0, 0],
  [{ a: undefined }, { b: undefined }],
  [Object.create(null), {}],
  [new Set([1]), new Set(['1'])],
  [new Set([null]), new Set([undefined])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])],
  [new Map([[1, 1]]), new Map([[1, '1']])],
  [new Number(1), new Number(1)],
  [new Number(1), 1],
  [new Float64Array([-0]), new Float64Array([0])],
  [new Float64Array([NaN]), new Float64Array([NaN])],
  [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  [{ [Symbol.for('k')]: 1 }, {}],
  [new Date(0), new Date(0)],
  [/a/g, /a/g],
  [new Error('a'), new Error('a')],
  [new Error('a', { cause: 1 }), new Error('a', { cause: '1' })],
  [[], {}],
  [new String('a'), 'a'],
];
pairs.forEach(([a, b], i) => {
  let loose = true;
  try { assert.deepEqual(a, b); } catch { loose = false; }
  let notLoose = true;
  try { assert.notDeepEqual(a, b); } catch { notLoose = false; }
  console.log(i, loose, notLoose);
});
