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

/* eslint-disable no-sparse-arrays */
const verdict = (a, b) => {
  const r = [];
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try { fn(a, b); r.push('eq'); } catch (e) { r.push('ne'); }
  }
  return r.join(' ');
};
const args = function() { return arguments; };
console.log('holes vs undefined', verdict([1, , 3], [1, undefined, 3]));
console.log('holes both', verdict([1, , 3], [1, , 3]));
console.log('holes differ after', verdict([1, , 3], [1, , 4]));
console.log('holes positions', verdict([1, , , 4], [1, , 3, ]));
console.log('sparse big', verdict(Object.assign([], { 100: 1 }), Object.assign([], { 100: 1 })));
console.log('extra prop', verdict(Object.assign([1], { x: 1 }), [1]));
console.log('extra prop loose', verdict(Object.assign([1], { x: 1 }), Object.assign([1], { x: '1' })));
console.log('symbol prop', verdict(Object.assign([1], { [Symbol.for('s')]: 1 }), [1]));
console.log('array vs object', verdict([1], { 0: 1 }));
console.log('array vs arguments', verdict([1], args(1)));
console.log('arguments', verdict(args(1, 2), args(1, 2)));
console.log('length', verdict([1, 2], [1, 2, 3]));
console.log('nested', verdict([[1, [2, [3]]]], [[1, [2, [4]]]]));
console.log('NaN', verdict([NaN], [NaN]));
console.log('-0', verdict([-0], [0]));
console.log('undefined vs empty', verdict([undefined], []));
show('holes message', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
