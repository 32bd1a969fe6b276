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

show('match', () => assert.match('abc', /b/));
show('no match', () => assert.match('abc', /x/));
show('not a string', () => assert.match(123, /1/));
show('object', () => assert.match({ a: 1 }, /1/));
show('message', () => assert.match('abc', /x/, 'match msg'));
show('error message', () => {
  try {
    assert.match('abc', /x/, new TypeError('match err'));
  } catch (e) {
    console.log(e.name, e.message);
  }
});
show('long input', () => assert.match('x'.repeat(200), /y/));
show('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch null', () => assert.doesNotMatch(null, /b/));
show('global regexp', () => { const re = /b/g; re.lastIndex = 2; assert.match('abc', re); });
