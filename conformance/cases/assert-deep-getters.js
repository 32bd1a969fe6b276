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

const log = [];
const mk = (tag, enumerable) => {
  const e = new Error('a');
  for (const k of ['message', 'name', 'cause', 'errors', 'extra']) {
    const v = k === 'message' ? 'a' : k === 'name' ? 'Error' : undefined;
    Object.defineProperty(e, k, { get() { log.push(tag + k); return v; }, enumerable, configurable: true });
  }
  return e;
};
for (const enumerable of [false, true]) {
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try {
      fn(mk('A', enumerable), mk('B', enumerable));
      console.log('equal');
    } catch (e) {
      console.log(e.message);
    }
    console.log(log.join(' '));
    log.length = 0;
  }
}
const obj = (tag) => ({ get x() { log.push(`${tag}x`); return 1; }, get y() { log.push(`${tag}y`); return [1]; } });
assert.deepStrictEqual(obj('A'), obj('B'));
console.log(log.join(' '));
log.length = 0;
show('getters in diff', () => assert.deepStrictEqual({ get x() { return 1; } }, { get x() { return 2; } }));
