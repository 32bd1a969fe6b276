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

const { AssertionError } = assert;
console.log(AssertionError.name, AssertionError.length, Object.getPrototypeOf(AssertionError) === Error);
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof AssertionError);
console.log(e.name, e.code, e.generatedMessage, e.actual, e.expected, e.operator);
console.log(JSON.stringify(e.message));
console.log(Object.keys(e).join());
console.log(String(e));
console.log(e.stack.split('\n')[0]);
console.log(Object.prototype.propertyIsEnumerable.call(e, 'name'), Object.prototype.propertyIsEnumerable.call(e, 'message'));
const m = new AssertionError({ message: 'custom' });
console.log(m.message, m.generatedMessage, m.actual, m.expected, m.operator);
const n = new AssertionError({ message: 5, actual: 1 });
console.log(JSON.stringify(n.message), n.generatedMessage);
show('unknown operator', () => { throw new AssertionError({ actual: 1, expected: 2, operator: '<=' }); });
show('no operator', () => { throw new AssertionError({ actual: 1, expected: 2 }); });
show('notDeepEqual differing', () => { throw new AssertionError({ actual: 1, expected: 2, operator: 'notDeepEqual' }); });
show('no options', () => { throw new AssertionError(); });
show('string options', () => { throw new AssertionError('x'); });
const errs = new AssertionError({ actual: new Error('a'), expected: new Error('b'), operator: 'deepStrictEqual' });
console.log(errs.message);
console.log(errs.actual instanceof Error, Object.keys(errs.actual).length);
