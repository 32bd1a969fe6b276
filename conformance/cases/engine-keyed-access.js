// obj[key] with string and symbol keys: the per-site cache must follow shape changes,
// prototype changes, accessors, deletions, non-writable and frozen objects, proxies,
// super property access and sites that see many keys.
const kState = Symbol('state');
const kName = Symbol('name');
const read = (o, k) => o[k];
const write = (o, k, v) => { o[k] = v; return o[k]; };

class Base { constructor() { this[kState] = 1; this.plain = 'p'; } }
const a = new Base(), b = new Base();
for (let i = 0; i < 3; i++) console.log(read(a, kState), read(b, 'plain'));
write(a, kState, 5); console.log(read(a, kState), read(b, kState));

// The same site on objects of different shapes.
const shapes = [{ [kState]: 'first' }, { x: 1, [kState]: 'second' }, Object.assign(Object.create(null), { [kState]: 'dict' })];
for (let round = 0; round < 2; round++) console.log(shapes.map((o) => read(o, kState)).join());

// Properties found on the prototype, then shadowed, then removed.
const proto = { [kName]: 'from proto' };
const child = Object.create(proto);
console.log(read(child, kName));
child[kName] = 'own';
console.log(read(child, kName));
delete child[kName];
console.log(read(child, kName));
proto[kName] = 'proto changed';
console.log(read(child, kName));
Object.setPrototypeOf(child, { [kName]: 'other proto' });
console.log(read(child, kName));
delete Object.getPrototypeOf(child)[kName];
console.log(read(child, kName));

// Accessors through keyed access, including a setter on the prototype.
let log = '';
const acc = {
  get [kState]() { log += 'get;'; return 'got'; },
  set [kState](v) { log += 'set ' + v + ';'; },
};
const accChild = Object.create(acc);
for (let i = 0; i < 2; i++) { read(acc, kState); write(acc, kState, i); read(accChild, kState); write(accChild, kState, 'c' + i); }
console.log(log, Object.getOwnPropertySymbols(accChild).length);
const getterOnly = { get [kName]() { return 'only'; } };
for (let i = 0; i < 2; i++) {
  try { (function () { 'use strict'; getterOnly[kName] = 1; })(); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(write(getterOnly, kName, 2));

// Non-writable, frozen, sealed: writes that worked must stop working.
const target = { [kState]: 0 };
for (let i = 0; i < 3; i++) write(target, kState, i);
Object.defineProperty(target, kState, { writable: false });
console.log(write(target, kState, 99));
try { (function () { 'use strict'; target[kState] = 100; })(); } catch (e) { console.log(e.constructor.name, e.message); }
const frozen = { k: 1 };
for (let i = 0; i < 3; i++) write(frozen, 'k', i);
Object.freeze(frozen);
console.log(write(frozen, 'k', 42), Object.isFrozen(frozen));
const inherited = Object.create(Object.freeze({ [kState]: 'locked' }));
console.log(write(inherited, kState, 'try'), Object.getOwnPropertySymbols(inherited).length);

// Writes that add properties at a site that also updates existing ones.
const adds = [];
for (let i = 0; i < 4; i++) { const o = i % 2 ? { [kState]: 'had' } : {}; write(o, kState, 'v' + i); adds.push(o[kState]); }
console.log(adds.join());

// Proxies see every access.
let traps = 0;
const prox = new Proxy({ [kState]: 'real' }, {
  get(t, k, r) { traps++; return Reflect.get(t, k, r); },
  set(t, k, v, r) { traps++; return Reflect.set(t, k, v, r); },
});
for (let i = 0; i < 3; i++) { read(prox, kState); write(prox, kState, i); }
console.log(traps, read(prox, kState));

// One site, many keys (events[type]); keys that are strings, symbols and numbers.
const events = { __proto__: null };
const names = ['data', 'end', 'close', 'error', 'drain', 'finish', 'pipe', 'unpipe', 'readable', 'resume', 'pause', 'x'];
for (let r = 0; r < 2; r++) for (const n of names) write(events, n, (events[n] || 0) + 1);
console.log(names.map((n) => read(events, n)).join(), read(events, 'missing'));
const mixed = { 0: 'zero', '1': 'one', s: 'str', [kName]: 'sym' };
console.log([0, '1', 's', kName, 0].map((k) => read(mixed, k)).join());

// super[key] reads and writes use the receiver.
class P { get [kName]() { return 'P getter on ' + this.tag; } }
class C extends P {
  constructor() { super(); this.tag = 'c'; }
  viaSuper(k) { return super[k]; }
  setViaSuper(k, v) { super[k] = v; return Object.getOwnPropertyDescriptor(this, k); }
}
const c = new C();
for (let i = 0; i < 2; i++) console.log(c.viaSuper(kName));
console.log(c.setViaSuper('fresh', 1), c.setViaSuper('fresh', 2));

// Primitive receivers and typed arrays with named keys.
const sym = Symbol.iterator;
console.log(typeof read('abc', sym), typeof read(5, 'toFixed'), read('abc', 'length'));
const ta = new Uint8Array(2);
for (let i = 0; i < 2; i++) write(ta, 'label', 'L' + i);
console.log(read(ta, 'label'), read(ta, 'length'), write(ta, '1', 300));
