// Property reads and writes at one site stay right when the prototype changes under them:
// deleted or redefined prototype properties, setters and read-only properties added to the
// chain after objects were built at the same site, non-extensible and frozen receivers,
// Proxy prototypes, and class hierarchies.
'use strict';

function P() {}
P.prototype.a = 'A';
P.prototype.b = 'B';
P.prototype.c = 'C';
function readB(o) { return o.b; }
const p = new P();
console.log(readB(p), readB(p));
delete P.prototype.a;
console.log('after deleting a', readB(p));
P.prototype.b = 'B2';
console.log('after assigning b', readB(p));
delete P.prototype.b;
console.log('after deleting b', readB(p));

function S() {}
Object.defineProperty(S.prototype, 'x', { set(v) { console.log('setter', v); }, configurable: true });
function writeX() { const o = new S(); o.x = 1; return o; }
writeX();
writeX();
delete S.prototype.x;
console.log('setter deleted', Object.keys(writeX()), Object.keys(writeX()));
Object.defineProperty(S.prototype, 'x', { set(v) { console.log('setter again', v); }, configurable: true });
console.log('setter back', Object.keys(writeX()));

function Q() {}
function makeQ() { const o = new Q(); o.x = 1; return o; }
console.log(Object.keys(makeQ()), Object.keys(makeQ()));
Object.defineProperty(Object.prototype, 'x', { value: 5, writable: false, configurable: true });
try { makeQ(); } catch (e) { console.log('read-only on Object.prototype:', e.constructor.name); }
delete Object.prototype.x;
console.log(Object.keys(makeQ()));
Object.defineProperty(Object.prototype, 'x', { set(v) { console.log('Object.prototype setter', v); }, configurable: true });
makeQ();
delete Object.prototype.x;
console.log(Object.keys(makeQ()), makeQ().x);

function addY(o) { o.y = 2; return o; }
addY({});
addY({});
try { addY(Object.preventExtensions({})); } catch (e) { console.log('non-extensible:', e.constructor.name); }
try { addY(Object.freeze({})); } catch (e) { console.log('frozen:', e.constructor.name); }
const sealed = Object.seal({ y: 1 });
addY(sealed);
console.log('sealed keeps writable y:', sealed.y);
const frozenY = Object.freeze({ y: 1 });
try { addY(frozenY); } catch (e) { console.log('frozen y:', e.constructor.name, frozenY.y); }

const proto = {};
addY(Object.create(proto));
addY(Object.create(proto));
Object.setPrototypeOf(proto, { set y(v) { console.log('deep setter', v); } });
const deep = addY(Object.create(proto));
console.log('deep', Object.keys(deep));

const trap = new Proxy({}, { set(t, k, v, r) { console.log('proxy set trap', k, v); return true; } });
addY(Object.create(trap));
addY(Object.create(trap));
console.log('arrays', Object.keys(addY([])), Object.keys(addY([])));

class A { constructor() { this.m = 1; } }
class B extends A { constructor() { super(); this.n = 2; } }
console.log(Object.keys(new B()), Object.keys(new B()));
Object.defineProperty(A.prototype, 'n', { get() { return 9; }, set(v) { console.log('A setter', v); }, configurable: true });
const b = new B();
console.log('with accessor', Object.keys(b), b.n);

// A method replaced on the prototype is the one called.
class Greeter { hi() { return 'hi'; } }
const g = new Greeter();
const call = (o) => o.hi();
console.log(call(g), call(g));
Greeter.prototype.hi = function () { return 'hello'; };
console.log(call(g));
Object.defineProperty(Greeter.prototype, 'hi', { value: () => 'hey', writable: false });
console.log(call(g));
