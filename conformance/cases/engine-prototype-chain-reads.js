// o.name reads of properties found several prototypes up, or nowhere: the cached answer must
// follow every change to the receiver or to any object of its chain.
class A { m() { return 'A.m'; } get g() { return 'A.g of ' + this.tag; } }
class B extends A {}
class C extends B { constructor(tag) { super(); this.tag = tag; } }
const read = (o) => [o.m(), o.g, o.missing, o.toString === Object.prototype.toString].join(' | ');
const c1 = new C('c1'), c2 = new C('c2');
for (let i = 0; i < 3; i++) console.log(read(i % 2 ? c1 : c2));

B.prototype.m = function () { return 'B.m (added on the way)'; };
console.log(read(c1));
delete B.prototype.m;
console.log(read(c1));
A.prototype.m = function () { return 'A.m replaced'; };
console.log(read(c1));
Object.defineProperty(A.prototype, 'g', { get() { return 'new getter'; }, configurable: true });
console.log(read(c1));
A.prototype.missing = 'now present on A';
console.log(read(c2));
delete A.prototype.missing;
console.log(read(c2));
Object.prototype.missing = 'on Object.prototype';
console.log(read(c2));
delete Object.prototype.missing;
console.log(read(c2));
c1.m = () => 'own m';
console.log(read(c1), '/', read(c2));
Object.setPrototypeOf(c2, { m() { return 'swapped proto'; }, get g() { return 'swapped g'; } });
console.log(read(c2));
Object.setPrototypeOf(B.prototype, { m() { return 'B now inherits elsewhere'; }, get g() { return 'elsewhere g'; } });
console.log(read(new C('c3')));

// Absent properties on objects without a prototype, and after they appear.
const bare = Object.create(null);
const absent = (o) => o.signal;
for (let i = 0; i < 3; i++) console.log(absent(bare), absent({}));
bare.signal = 'set later';
console.log(absent(bare));
const opts = {};
for (let i = 0; i < 2; i++) console.log(absent(opts));
Object.prototype.signal = 'inherited signal';
console.log(absent(opts), absent(bare));
delete Object.prototype.signal;
console.log(absent(opts));

// Deep chains of plain objects, many receivers at one site, a Proxy in the chain.
let deep = { level: 'root' };
for (let i = 0; i < 10; i++) deep = Object.create(deep);
const level = (o) => o.level;
console.log(level(deep), level(Object.create(deep)));
const receivers = Array.from({ length: 20 }, (_, i) => Object.assign(Object.create(A.prototype), { ['k' + i]: i }));
console.log(receivers.map((r) => r.m()).join(','));
const trapped = Object.create(new Proxy({}, { get(t, k) { return 'trap:' + String(k); } }));
for (let i = 0; i < 2; i++) console.log(trapped.anything, trapped.other);

// Primitive receivers and functions.
const s = 'text';
for (let i = 0; i < 2; i++) console.log(s.hasOwnProperty('length'), typeof s.nothing, (5).constructor.name);
function F() {}
for (let i = 0; i < 2; i++) console.log(typeof F.bind, F.unknown, typeof F.hasOwnProperty);
Function.prototype.unknown = 'now on Function.prototype';
console.log(F.unknown);
delete Function.prototype.unknown;
console.log(F.unknown);
