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

show('plain', () => assert.throws(() => {}));
show('message', () => assert.throws(() => {}, 'should throw'));
show('class', () => assert.throws(() => {}, TypeError));
show('class message', () => assert.throws(() => {}, TypeError, 'with msg'));
show('object with name', () => assert.throws(() => {}, { name: 'Foo' }));
show('validator', () => assert.throws(() => {}, function validate() { return true; }));
show('regexp', () => assert.throws(() => {}, /x/));
show('error as message', () => {
  try {
    assert.throws(() => {}, TypeError, new Error('as msg'));
  } catch (e) {
    console.log(e.name, e.message, e.code);
  }
});
