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

for (const v of [false, 0, -0, 0n, '', null, undefined, NaN]) {
  try {
    assert.ok(v);
  } catch (e) {
    console.log(typeof v, e.actual === v || (v !== v && e.actual !== e.actual), e.expected, e.operator, e.generatedMessage);
    console.log(e.message);
  }
}
