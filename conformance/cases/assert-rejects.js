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
  await show('promise', () => assert.rejects(Promise.reject(new Error('x'))));
  await show('function', () => assert.rejects(async () => { throw new Error('x'); }, Error));
  await show('resolves', () => assert.rejects(Promise.resolve(1)));
  await show('resolves message', () => assert.rejects(Promise.resolve(1), 'must reject'));
  await show('missing class', () => assert.rejects(async () => {}, TypeError));
  await show('class mismatch', () => assert.rejects(Promise.reject(new TypeError('x')), RangeError));
  await show('regexp', () => assert.rejects(Promise.reject(new Error('hello')), /nope/));
  await show('object', () => assert.rejects(Promise.reject(new Error('hello')), { message: 'bye' }));
  await show('bad argument', () => assert.rejects(1));
  await show('function not returning promise', () => assert.rejects(() => 1));
  await show('sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await show('thenable', () => assert.rejects({ then(res, rej) { rej(new Error('t')); }, catch() {} }, /t/));
  await show('thenable without catch', () => assert.rejects({ then(res, rej) { rej(new Error('t')); } }));
  const p = assert.rejects(Promise.reject(new Error('x')));
  console.log(p instanceof Promise);
})();
