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

show('1 1', () => assert.notStrictEqual(1, 1));
show('long string', () => assert.notStrictEqual('hello world', 'hello world'));
show('5 chars', () => assert.notStrictEqual('abc', 'abc'));
show('6 chars', () => assert.notStrictEqual('abcd', 'abcd'));
show('object', () => { const o = { a: [1, 2], b: 'x' }; assert.notStrictEqual(o, o); });
show('function', () => { const f = function named() {}; assert.notStrictEqual(f, f); });
show('big object', () => {
  const o = {};
  for (let i = 0; i < 60; i++) o[`key${i}`] = i;
  assert.notStrictEqual(o, o);
});
show('NaN', () => assert.notStrictEqual(NaN, NaN));
show('-0 0', () => assert.notStrictEqual(-0, 0));
show('custom', () => assert.notStrictEqual(1, 1, 'same!'));
