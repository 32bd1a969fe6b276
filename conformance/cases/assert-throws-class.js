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

const thrower = (e) => () => { throw e; };
show('matching class', () => assert.throws(thrower(new TypeError('x')), TypeError));
show('base class', () => assert.throws(thrower(new TypeError('x')), Error));
show('mismatch', () => assert.throws(thrower(new TypeError('x')), RangeError));
show('mismatch no message', () => assert.throws(thrower(new TypeError('')), RangeError));
show('same name', () => {
  class TypeError extends Error {}
  assert.throws(thrower(new globalThis.TypeError('boo')), TypeError);
});
show('non-error thrown', () => assert.throws(thrower('str'), RangeError));
show('object thrown', () => assert.throws(thrower({ a: { b: { c: 1 } } }), RangeError));
show('custom message', () => assert.throws(thrower(new TypeError('x')), RangeError, 'custom'));
show('custom class', () => {
  class MyErr extends Error {}
  assert.throws(thrower(new Error('x')), MyErr);
});
show('custom class match', () => {
  class MyErr extends Error {}
  assert.throws(thrower(new MyErr('x')), MyErr);
});
