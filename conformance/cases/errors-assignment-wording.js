// V8's wording when an assignment fails in strict code: a getter without a setter, read-only
// properties (own, inherited, on frozen objects and arrays, on primitives' wrappers), objects
// that are not extensible, primitives that cannot hold properties, and a Proxy set trap that
// returned false. Each message names the object as V8 describes it.
'use strict';
class A { get g() { return 1; } }
class B {}
const cases = [
  () => { new A().g = 2; },
  () => { const o = Object.freeze({ x: 1 }); o.x = 2; },
  () => { const o = Object.freeze([1]); o[0] = 2; },
  () => { const o = Object.defineProperty({}, 'y', { value: 1 }); o.y = 2; },
  () => { const o = Object.defineProperty({}, 'y', { get() {} }); o.y = 2; },
  () => { const o = Object.create(Object.defineProperty({}, 'z', { value: 1 })); o.z = 5; },
  () => { const s = Symbol('s'); const o = Object.defineProperty({}, s, { value: 1 }); o[s] = 2; },
  () => { const o = Object.freeze(new Map()); o.k = 1; },
  () => { 'abc'.length = 1; },
  () => { Object.preventExtensions({}).n = 1; },
  () => { const f = Object.freeze(function f() {}); f.x = 1; },
  () => { const k = 'dyn'; const o = Object.freeze({ dyn: 1 }); o[k] = 2; },
  () => { const o = Object.seal({}); o.q = 1; },
  () => { console.log('sloppy Reflect.set:', Reflect.set(Object.freeze({ a: 1 }), 'a', 2)); },
  () => { Math.PI = 3; },
  () => { const o = Object.freeze(Object.create(null)); o.a = 1; },
  () => { const o = Object.create(null); Object.defineProperty(o, 'a', { value: 1 }); o.a = 2; },
  () => { function f() {} f.name = 'x'; },
  () => { const o = Object.freeze(new B()); o.x = 1; },
  () => { const b = new B(); Object.defineProperty(b, 'r', { value: 1 }); b.r = 2; },
  () => { (5).x = 1; },
  () => { true.x = 1; },
  () => { 'str'.x = 1; },
  () => { const o = { constructor: 5 }; Object.defineProperty(o, 'r', { value: 1 }); o.r = 2; },
  () => { const e = new Error('m'); Object.defineProperty(e, 'r', { value: 1 }); e.r = 2; },
  () => { const p = new Proxy({}, { set() { return false; } }); p.x = 1; },
  () => { const m = new Map(); Object.defineProperty(m, 'r', { value: 1 }); m.r = 2; },
  () => { const a = [1,2]; Object.defineProperty(a, 'length', { writable: false }); a.length = 0; },
  () => { const a = Object.freeze([1]); a.push(2); },
];
for (const c of cases) { try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
