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

show('ok true', () => assert.ok(true));
show('ok 1', () => assert(1));
show('ok object', () => assert.ok({}));
show('ok no args', () => assert.ok());
show('assert no args', () => assert());
show('ok false msg', () => assert.ok(false, 'custom message'));
show('ok 0 number msg', () => assert.ok(0, 42));
show('ok empty msg', () => assert.ok('', ''));
show('ok null msg object', () => assert(null, { toString() { return 'from toString'; } }));
show('strict ok', () => assert.strict(0, 'strict message'));
show('strict ok no args', () => assert.strict.ok());
