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
const wm1 = new WeakMap();
const wm2 = new WeakMap();
wm1.set({}, 1);
console.log('weakmaps', verdict(wm1, wm2));
console.log('weaksets', verdict(new WeakSet([{}]), new WeakSet()));
console.log('weakmap vs object', verdict(new WeakMap(), {}));
console.log('weakmap props', verdict(Object.assign(new WeakMap(), { a: 1 }), Object.assign(new WeakMap(), { a: 2 })));
console.log('promises', verdict(Promise.resolve(1), Promise.resolve(2)));
function* gen() {}
console.log('generators', verdict(gen(), gen()));
console.log('generators of different functions', verdict((function* a() {})(), (function* b() {})()));
