class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = 2; } method() {} }
class Empty {}
console.log(new Foo());
console.log(new Bar());
console.log(new Empty());
console.log([new Empty(), new Foo()]);
function Legacy() { this.x = 'y'; }
console.log(new Legacy());
const anon = new (class {})();
console.log(anon);
class WithTag { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new WithTag());
class Static { static s = 1; }
console.log(Static);
const proto = { greet() {} };
const child = Object.create(proto);
child.own = 1;
console.log(child);
