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

show('multiline args', () => {
  assert.ok(
    false,
  );
});
show('multiline expression', () => {
    assert(
      typeof 1 ===
        'string',
    );
});
function check(v) {
  if (v !== 1) {
    assert.ok(v === 1 &&
      v > 0);
  }
}
show('nested function', () => check(2));
show('second line message', () => {
  assert.ok(0,
    undefined);
});
