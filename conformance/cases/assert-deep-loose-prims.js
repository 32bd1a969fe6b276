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

const values = [0, -0, 1, '1', '', '0', ' ', null, undefined, true, false, NaN, 1n, 0n, '1n', [], [1], {}];
const rows = [];
for (const a of values) {
  const row = [];
  for (const b of values) {
    let r;
    try { assert.deepEqual(a, b); r = 'L'; } catch { r = '.'; }
    try { assert.deepStrictEqual(a, b); r += 'S'; } catch { r += '.'; }
    row.push(r);
  }
  rows.push(row.join(' '));
}
console.log(rows.join('\n'));
