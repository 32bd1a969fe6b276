import assert, { strictEqual, deepStrictEqual, AssertionError } from 'node:assert';
import strict from 'node:assert/strict';
import * as ns from 'assert/strict';

console.log(typeof strictEqual, typeof deepStrictEqual, AssertionError === assert.AssertionError);
console.log(strict === assert.strict, ns.default === strict, typeof ns.equal, ns.equal === assert.strictEqual);
try {
  strict.equal(1, '1');
} catch (e) {
  console.log(e.message);
}
try {
  assert.ok(1 === 2);
} catch (e) {
  console.log(e.message);
}
try {
  strict(null);
} catch (e) {
  console.log(e.message);
}
await assert.rejects(Promise.reject(new Error('x')), /x/);
try {
  await assert.rejects(Promise.resolve(), 'nope');
} catch (e) {
  console.log(e.message, e.operator);
}
