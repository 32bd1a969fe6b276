// V8's TypeErrors for reading and setting properties of null and undefined (names, symbols, indices, computed keys).
const tests = [
  () => undefined.foo, () => null.foo, () => { let o; return o.bar.baz; }, () => null[0], () => undefined[Symbol('s')],
  () => { const k = 'dyn'; return null[k]; }, () => { undefined.x = 1; }, () => { null['y'] = 2; }, () => undefined.method(),
  () => { const a = {}; return a.b.c; }, () => null[1.5], () => { 'use strict'; undefined.z = 1; },
];
for (const t of tests) try { t(); } catch (e) { console.log(e.constructor.name, e.message); }
