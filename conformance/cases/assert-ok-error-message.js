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

try {
  assert.ok(false, new TypeError('the error itself'));
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message, e.code);
}
try {
  assert(0, new RangeError('range'));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  assert.ok(true, new Error('unused'));
  console.log('no throw');
} catch (e) {
  console.log('unexpected');
}
