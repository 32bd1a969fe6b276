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

const strict = require('assert/strict');
const strict2 = require('node:assert/strict');
console.log(strict === strict2, strict === assert.strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.ok === assert.ok, strict.AssertionError === assert.AssertionError, strict.name, strict.length);
console.log(require('node:assert') === assert);
show('strict equal', () => strict.equal(1, '1'));
show('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
show('strict notEqual', () => strict.notEqual(1, 1));
show('strict notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: 1 }));
show('strict call', () => strict(0, 'called'));
show('strict source', () => strict(0));
