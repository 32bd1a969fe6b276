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
show('match', () => assert.throws(thrower(new Error('hello')), /hell/));
show('mismatch', () => assert.throws(thrower(new Error('hello')), /world/));
show('mismatch message', () => assert.throws(thrower(new Error('hello')), /world/, 'rx msg'));
show('string thrown', () => assert.throws(thrower('plain'), /pla/));
show('string thrown mismatch', () => assert.throws(thrower('plain'), /zzz/));
show('matches name', () => assert.throws(thrower(new TypeError('x')), /^TypeError: x$/));
show('object thrown', () => assert.throws(thrower({ toString() { return 'custom'; } }), /nope/));
