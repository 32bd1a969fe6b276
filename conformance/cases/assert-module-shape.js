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

console.log(Object.keys(assert).join());
console.log(Object.keys(assert.strict).join());
console.log(assert.name, assert.length, typeof assert);
for (const key of Object.keys(assert)) {
  const v = assert[key];
  console.log(key, typeof v, v.name, v.length);
}
console.log(assert.rejects(Promise.reject(new Error('x'))) instanceof Promise);
