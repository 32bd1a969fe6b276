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
show('true', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
show('false arrow', () => assert.throws(thrower(new Error('x')), (e) => false));
show('named 1', () => assert.throws(thrower(new Error('x')), function check() { return 1; }));
show('named undefined', () => assert.throws(thrower('x'), function check() {}));
show('validator throws', () => {
  try {
    assert.throws(thrower(new Error('x')), () => { throw new Error('inner'); });
  } catch (e) {
    console.log('caught', e.message);
  }
});
show('arrow true', () => assert.throws(thrower(new Error('x')), () => true));
