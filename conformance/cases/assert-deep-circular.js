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
{
  const x = { a: 1 };
  x.self = x;
  const y = { a: 1 };
  y.self = y;
  console.log('self', verdict(x, y));
}
{
  const x = { a: 1 };
  x.self = x;
  const y = { a: 1, self: { a: 2 } };
  y.self.self = y;
  console.log('self differs', verdict(x, y));
}
{
  const x = { a: {} };
  x.a.b = x;
  const y = { a: {} };
  y.a.b = y.a;
  console.log('different shape', verdict(x, y));
}
{
  const x = [1];
  x.push(x);
  const y = [1];
  y.push(y);
  console.log('arrays', verdict(x, y));
}
{
  const x = new Map();
  x.set('self', x);
  const y = new Map();
  y.set('self', y);
  console.log('maps', verdict(x, y));
}
{
  const x = new Set();
  x.add(x);
  const y = new Set();
  y.add(y);
  console.log('sets', verdict(x, y));
}
{
  const a = { v: 1 };
  const b = { v: 1 };
  console.log('shared refs', verdict({ p: a, q: a }, { p: a, q: b }));
}
show('message', () => {
  const x = { name: 'x' };
  x.self = x;
  const y = { name: 'y' };
  y.self = y;
  assert.deepStrictEqual(x, y);
});
