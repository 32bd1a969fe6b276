// Object literals and static class fields define their properties (no setter on the prototype
// chain runs), in order, with duplicate keys, __proto__, methods and shorthand, when the same
// literal runs many times (the define cache must repeat exactly what the first run did).
'use strict';
const mk = (i) => ({ a: i, b: 2, c: { d: i } });
console.log(mk(1), mk(2), Object.keys(mk(3)));
const dup = () => ({ a: 1, a: 2, b: 3 });
console.log(dup(), dup());
const p = () => ({ __proto__: null, x: 1 });
console.log(p(), Object.getPrototypeOf(p()));
Object.defineProperty(Object.prototype, 'z', { set(v) { console.log('setter must not run', v); }, configurable: true });
const z = () => ({ z: 1 });
console.log(z(), z(), Object.getOwnPropertyDescriptor(z(), 'z'));
delete Object.prototype.z;
class S { static a = 1; static b = 2; }
console.log(S.a, S.b, Object.keys(S));
const m = () => ({ f() { return 1; }, g: 2 });
console.log(m().f(), m().g, Object.keys(m()));
const ident = (x, y) => ({ x, y });
console.log(ident(1, 2), ident('a', 'b'));
