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
show('not a function', () => assert.throws('nope'));
show('object fn', () => assert.throws({}));
show('doesNotThrow not a function', () => assert.doesNotThrow(1));
show('ambiguous error message', () => assert.throws(thrower(new Error('same')), 'same'));
show('ambiguous thrown', () => assert.throws(thrower('same'), 'same'));
show('string message', () => assert.throws(thrower(new Error('x')), 'different'));
show('string with extra', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
show('number expected', () => assert.throws(thrower(new Error('x')), 1));
show('null expected', () => assert.throws(thrower(new Error('x')), null));
show('empty object', () => assert.throws(thrower(new Error('x')), {}));
show('doesNotThrow bad expected', () => assert.doesNotThrow(thrower(new Error('bad')), {}));
show('match not regexp', () => assert.match('abc', 'b'));
show('doesNotMatch not regexp', () => assert.doesNotMatch('abc', null));
