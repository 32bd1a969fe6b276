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
show('ok', () => assert.doesNotThrow(() => {}));
show('throws', () => assert.doesNotThrow(thrower(new Error('bad'))));
show('message', () => assert.doesNotThrow(thrower(new Error('bad')), 'should not'));
show('class match', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError));
show('class mismatch', () => assert.doesNotThrow(thrower(new TypeError('bad')), RangeError));
show('regexp match', () => assert.doesNotThrow(thrower(new Error('bad')), /ba/, 'rx'));
show('regexp mismatch', () => assert.doesNotThrow(thrower(new Error('bad')), /zz/));
show('validator', () => assert.doesNotThrow(thrower(new Error('bad')), () => true));
show('validator false', () => assert.doesNotThrow(thrower(new Error('bad')), () => false));
show('string thrown', () => assert.doesNotThrow(thrower('str')));
show('null thrown', () => assert.doesNotThrow(thrower(null)));
