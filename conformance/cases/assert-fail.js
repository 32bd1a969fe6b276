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

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
show('no args', () => assert.fail());
show('message', () => assert.fail('boom'));
show('error', () => {
  try {
    assert.fail(new TypeError('typed'));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
});
show('undefined', () => assert.fail(undefined));
show('null', () => assert.fail(null));
show('zero', () => assert.fail(0));
show('two args', () => assert.fail(1, 2));
show('three args', () => assert.fail(1, 2, 'three'));
show('four args', () => assert.fail(1, 2, undefined, '>'));
show('four args message', () => assert.fail(1, 2, 'm', '>'));
setTimeout(() => console.log('done'), 10);
