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

show('null', () => assert.ifError(null));
show('undefined', () => assert.ifError(undefined));
show('error', () => assert.ifError(new Error('bad thing')));
show('empty message', () => assert.ifError(new TypeError('')));
show('string', () => assert.ifError('str'));
show('zero', () => assert.ifError(0));
show('false', () => assert.ifError(false));
show('object', () => assert.ifError({ a: 1 }));
show('object message', () => assert.ifError({ message: 'objmsg' }));
show('object empty message', () => assert.ifError({ message: '' }));
try {
  assert.ifError(new Error('original'));
} catch (e) {
  console.log(e.actual instanceof Error, e.actual.message, e.expected, Object.keys(e).join());
}
