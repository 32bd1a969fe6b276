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

show('literal', () => assert.ok(false));
show('call form', () => assert(0));
show('expression', () => assert.ok(typeof 123 === 'string'));
show('null message', () => assert.ok(null, undefined));
show('variable', () => { const value = ''; assert(value); });
show('nested call', () => assert.ok([1, 2].includes(3)));
show('in callback', () => [0].forEach((v) => assert(v)));
show('strict', () => assert.strict(false));
show('strict.ok', () => assert.strict.ok(NaN));
show('member chain', () => { const o = { assert }; o.assert.ok(false); });
show('call via function', () => { const fn = assert.ok; fn(0); });
show('apply', () => assert.ok.apply(null, [0]));
show('call', () => assert.call(null, false));
