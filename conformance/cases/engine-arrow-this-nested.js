// `this` in arrows nested in arrows is the enclosing function's (also super, new.target,
// arguments, eval), in methods, constructors, class fields, async and generator functions.
'use strict';
function f() { return (() => () => this)()(); }
console.log('a', f.call(7));
function g() { return (() => { return () => this; })()(); }
console.log('b', g.call('s'));
function h() { const a = () => { const b = () => this; return b(); }; return a(); }
console.log('c', h.call(8));
class K { m() { return [1].map(() => [2].map(() => this))[0][0]; } }
const k = new K(); console.log('d', k.m() === k);
function i() { const self = this; return (() => () => [this, self])()(); }
console.log('e', i.call(9));
function j() { return (() => () => () => this)()()(); }
console.log('f', j.call(10));
function l() { return (() => { this; return () => this; })()(); }
console.log('g', l.call(11));
const o = { m() { return Promise.resolve().then(() => [1].map(() => this)); } };
o.m().then((r) => console.log('h', r[0] === o));

class A { get x() { return 'ax'; } m() { return 'am'; } }
class B extends A {
  constructor() { const f = () => () => super(); f()(); this.t = (() => () => this)()(); }
  m() { return (() => () => super.m())()(); }
  get y() { return (() => () => super.x)()(); }
  field = (() => () => this)();
}
const b = new B();
console.log(b.m(), b.y, b.t === b, b.field() === b);
function nt() { return (() => () => new.target)()(); }
console.log(nt() === undefined, new nt() !== undefined);
function args() { return (() => () => arguments[0])()(); }
console.log(args(42));
async function as() { return (async () => (async () => this)())(); }
as.call(5).then((v) => console.log('async', v));
function gen() { return (() => () => { const g = function* () { yield this; }; return g.call(3).next().value; })()(); }
console.log(gen.call(1));
const obj = { v: 1, m() { return [[1]].flatMap((a) => a.map(() => this.v)); } };
console.log(obj.m());
function deep() { return (() => (() => (() => (() => this)())())())(); }
console.log(deep.call('deep'));
function mixed() { return (() => { const inner = function () { return (() => this)(); }; return [this, inner.call('inner')]; })(); }
console.log(mixed.call('outer'));
function withEval() { return (() => () => eval('this'))()(); }
console.log(withEval.call('ev'));
