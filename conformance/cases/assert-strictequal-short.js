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

show('1 2', () => assert.strictEqual(1, 2));
show('same', () => assert.strictEqual(1, 1));
show('NaN', () => assert.strictEqual(NaN, NaN));
show('-0 0', () => assert.strictEqual(-0, 0));
show('0 -0', () => assert.strictEqual(0, -0));
show('0 0n', () => assert.strictEqual(0, 0n));
show('1 "1"', () => assert.strictEqual(1, '1'));
show('true 1', () => assert.strictEqual(true, 1));
show('null undefined', () => assert.strictEqual(null, undefined));
show('strings', () => assert.strictEqual('hello', 'world'));
show('12 chars', () => assert.strictEqual(123456, 654321));
show('13 chars', () => assert.strictEqual(1234567, 654321));
show('symbols', () => assert.strictEqual(Symbol('x'), Symbol('x')));
show('0 "0"', () => assert.strictEqual(0, '0'));
show('missing', () => assert.strictEqual(1));
