// Property-adding obj[key] = v sites (constructors' this[kState] = ...): cached adds must
// stop when a setter, a non-writable property or a proxy appears, and never skip a setter.
const k = Symbol('k'), s = Symbol('s');
function C(v) { this[k] = v; this['str' + ''] = 1; this[s] = 2; }
const out = [];
for (let i = 0; i < 5; i++) { const o = new C(i); out.push(Object.getOwnPropertySymbols(o).length, o[k], o.str); }
console.log(out.join(','));
// setter appears on the prototype after caching
let calls = 0;
Object.defineProperty(C.prototype, s, { set(v) { calls++; Object.defineProperty(this, s, { value: v * 10, writable: true, enumerable: true, configurable: true }); }, configurable: true });
for (let i = 0; i < 3; i++) { const o = new C(i); console.log(o[s], calls); }
// setter that defines the same key from the start
const t = Symbol('t');
function D() { this[t] = 3; }
Object.defineProperty(D.prototype, t, { set(v) { calls++; Object.defineProperty(this, t, { value: v, writable: true, enumerable: true, configurable: true }); }, configurable: true });
for (let i = 0; i < 3; i++) new D();
console.log(calls);
// frozen / non-extensible
function E(o) { o[k] = 1; return o; }
E({}); E({});
'use strict';
try { E(Object.preventExtensions({})); console.log('no throw sloppy', Object.getOwnPropertySymbols(E(Object.preventExtensions({}))).length); } catch (e) { console.log(e.message); }
// non-writable on proto after caching
function F() { this[k] = 5; }
new F(); new F();
Object.defineProperty(F.prototype, k, { value: 9, writable: false });
const f = new F(); console.log(f[k], Object.getOwnPropertySymbols(f).length);
// proxies as receivers
const p = new Proxy({}, { set(t, key, v) { console.log('proxy set', typeof key); t[key] = v; return true; } });
function G(o) { o[k] = 1; }
G({}); G({}); G(p);
