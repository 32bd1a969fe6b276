'use strict';
const assert = require('assert');
async function show(label, fn) {
  try {
    await fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
  }
}
(async () => {
  await show('resolves', () => assert.doesNotReject(Promise.resolve(1)));
  await show('rejects', () => assert.doesNotReject(Promise.reject(new Error('no'))));
  await show('message', () => assert.doesNotReject(async () => { throw new Error('no'); }, 'msg here'));
  await show('class match', () => assert.doesNotReject(Promise.reject(new TypeError('no')), TypeError));
  await show('class mismatch', () => assert.doesNotReject(Promise.reject(new TypeError('no')), RangeError));
  await show('bad argument', () => assert.doesNotReject('x'));
  await show('bad return', () => assert.doesNotReject(() => null));
})();
