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

show('1 == "1"', () => assert.equal(1, '1'));
show('NaN', () => assert.equal(NaN, NaN));
show('null undefined', () => assert.equal(null, undefined));
show('1 2', () => assert.equal(1, 2));
show('objects', () => assert.equal({}, {}));
show('strings', () => assert.equal('abc', 'abd'));
show('custom', () => assert.equal(1, 2, 'not equal!'));
show('error message', () => { try { assert.equal(1, 2, new RangeError('mine')); } catch (e) { console.log(e.name, e.message); throw e; } });
show('missing', () => assert.equal(1));
show('none', () => assert.equal());
show('long', () => assert.equal('a'.repeat(600), 'b'));
show('multiline', () => assert.equal('a\nb', 'a\nc'));
show('notEqual same', () => assert.notEqual(1, '1'));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('notEqual ok', () => assert.notEqual(1, 2));
show('notEqual object', () => { const o = { a: 1 }; assert.notEqual(o, o); });
show('notEqual missing', () => assert.notEqual(1));
