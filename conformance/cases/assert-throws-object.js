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
show('match', () => assert.throws(thrower(new Error('x')), { message: 'x', name: 'Error' }));
show('mismatch', () => assert.throws(thrower(new Error('x')), { message: 'y' }));
show('code', () => assert.throws(thrower(Object.assign(new Error('x'), { code: 'E1', info: { a: 1 } })), { code: 'E2', info: { a: 1 } }));
show('regexp value', () => assert.throws(thrower(new Error('hello')), { message: /ell/ }));
show('regexp value mismatch', () => assert.throws(thrower(new Error('hello')), { message: /xyz/, name: 'Error' }));
show('regexp and name', () => assert.throws(thrower(new Error('hello')), { message: /ell/, name: 'TypeError' }));
show('missing key', () => assert.throws(thrower(new Error('x')), { nope: undefined }));
show('custom message', () => assert.throws(thrower(new Error('x')), { message: 'y' }, 'obj msg'));
show('nested', () => assert.throws(thrower(Object.assign(new Error('x'), { info: { a: [1, 2] } })), { info: { a: [1, 3] } }));
show('empty', () => assert.throws(thrower(new Error('x')), {}));
show('primitive thrown', () => assert.throws(thrower('str'), { message: 'str' }));
show('null thrown', () => assert.throws(thrower(null), { message: 'x' }));
show('error instance', () => assert.throws(thrower(new TypeError('x')), new TypeError('x')));
show('error instance message', () => assert.throws(thrower(new TypeError('x')), new TypeError('y')));
show('error instance name', () => assert.throws(thrower(new TypeError('x')), new RangeError('x')));
show('error instance props', () => assert.throws(thrower(Object.assign(new Error('x'), { code: 1 })), Object.assign(new Error('x'), { code: 2 })));
