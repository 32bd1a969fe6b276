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

const util = require('util');
const { AssertionError } = assert;
const e = new AssertionError({ actual: 'x'.repeat(10), expected: { a: { b: 1 } }, operator: 'strictEqual' });
e.stack = 'STACK';
console.log(util.inspect(e));
const long = new AssertionError({ actual: 'y'.repeat(600), expected: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl', operator: 'strictEqual' });
long.stack = 'STACK';
console.log(util.inspect(long));
console.log(long.actual.length, long.expected.split('\n').length);
try {
  assert.strictEqual(1, 2);
} catch (err) {
  err.stack = err.stack.split('\n')[0];
  console.log(util.inspect(err));
}
