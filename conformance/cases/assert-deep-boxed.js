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
const sym = Symbol('s');
console.log('number', verdict(new Number(1), new Number(1)));
console.log('number differs', verdict(new Number(1), new Number(2)));
console.log('number -0', verdict(new Number(-0), new Number(0)));
console.log('number NaN', verdict(new Number(NaN), new Number(NaN)));
console.log('number vs prim', verdict(new Number(1), 1));
console.log('string', verdict(new String('ab'), new String('ab')));
console.log('string differs', verdict(new String('ab'), new String('ac')));
console.log('string extra', verdict(Object.assign(new String('ab'), { x: 1 }), new String('ab')));
console.log('boolean', verdict(new Boolean(true), new Boolean(false)));
console.log('bigint', verdict(Object(1n), Object(1n)));
console.log('symbol', verdict(Object(sym), Object(sym)));
console.log('symbol differs', verdict(Object(Symbol('a')), Object(Symbol('a'))));
console.log('number vs string', verdict(new Number(1), new String('1')));
console.log('date', verdict(new Date(0), new Date(0)));
console.log('date differs', verdict(new Date(0), new Date(1)));
console.log('invalid dates', verdict(new Date(NaN), new Date(NaN)));
console.log('date extra', verdict(Object.assign(new Date(0), { a: 1 }), new Date(0)));
console.log('date vs object', verdict(new Date(0), {}));
console.log('regexp', verdict(/a/g, /a/g));
console.log('regexp flags', verdict(/a/g, /a/i));
console.log('regexp source', verdict(/a/, /b/));
const li = /a/g;
li.lastIndex = 3;
console.log('regexp lastIndex', verdict(li, /a/g));
console.log('regexp extra', verdict(Object.assign(/a/, { x: 1 }), /a/));
