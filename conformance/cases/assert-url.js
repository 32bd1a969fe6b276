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

const verdict = (a, b) => {
  const r = [];
  for (const fn of [assert.deepStrictEqual, assert.deepEqual]) {
    try { fn(a, b); r.push('eq'); } catch (e) { r.push('ne'); }
  }
  return r.join(' ');
};
console.log('same', verdict(new URL('http://a/'), new URL('http://a/')));
console.log('differs', verdict(new URL('http://a/'), new URL('http://b/')));
console.log('path', verdict(new URL('http://a/x?y'), new URL('http://a/x?z')));
