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

show('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('deepEqual arrays', () => assert.deepEqual([1, 2, 3], [1, 2, 4]));
show('deepEqual long', () => assert.deepEqual({ a: 'x'.repeat(600) }, { a: 'y' }));
show('deepEqual ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual loose', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual long', () => assert.notDeepEqual({ a: 'x'.repeat(2000) }, { a: 'x'.repeat(2000) }));
show('notDeepEqual prims', () => assert.notDeepEqual(1, '1'));
show('custom', () => assert.deepEqual(1, 2, 'custom deep'));
show('missing', () => assert.deepEqual({}));
