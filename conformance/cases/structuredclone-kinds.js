// structuredClone — Date, RegExp, boxed primitives, numbers, property filtering and getters.
const show = (v) => console.log(require('util').inspect(v, { depth: 4 }));
const re = /a.b/gimsuyd;
re.lastIndex = 3;
re.extra = 1;
const cre = structuredClone(re);
console.log(cre.source, cre.flags, cre.lastIndex, cre.extra, cre !== re);
for (const r of [/x/y, /\d+/u, /[/]\//, new RegExp('', 'g'), /a/v]) {
  const cr = structuredClone(r);
  console.log(String(cr), cr.flags, cr.lastIndex);
}
const dates = [new Date(0), new Date(NaN), new Date(8.64e15), new Date(-1)];
const cd = structuredClone(dates);
console.log(cd.map((d) => d instanceof Date && String(d.getTime())), cd[0] !== dates[0]);
const dd = new Date(5);
dd.prop = 'dropped?';
console.log(structuredClone(dd).prop);
show(structuredClone([new Number(-0), new String('boxed'), new Boolean(true), Object(10n), new Number(NaN)]));
console.log(Object.is(structuredClone(-0), -0), Object.is(structuredClone(new Number(-0)).valueOf(), -0));
show(structuredClone([NaN, Infinity, -Infinity, 2 ** 53 + 2, 123n, -(2n ** 70n), Number.MIN_VALUE]));
const sym = Symbol('k');
const src = { [sym]: 'symbol key', visible: 1 };
Object.defineProperty(src, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(src, 'getter', { get() { return 'computed'; }, enumerable: true });
Object.defineProperty(src, 'ro', { value: 3, enumerable: true, writable: false });
const cs = structuredClone(src);
console.log(cs, Object.getOwnPropertySymbols(cs).length, Object.getOwnPropertyDescriptor(cs, 'getter'), Object.getOwnPropertyDescriptor(cs, 'ro'));
const arr = [1, 2];
arr.prop = 'array prop';
arr[Symbol('s')] = 'sym';
console.log(structuredClone(arr), structuredClone(arr).prop);
class Point { constructor() { this.x = 1; } get len() { return 5; } }
const pt = structuredClone(new Point());
console.log(pt, pt.constructor === Object, pt.len);
const nullProto = Object.assign(Object.create(null), { a: 1 });
const cnp = structuredClone(nullProto);
console.log(Object.getPrototypeOf(cnp) === Object.prototype, cnp.a);
const m = new Map([[NaN, 'nan'], [-0, 'zero'], [{ o: 1 }, new Set([[1]])]]);
m.extra = 'map prop';
const cm = structuredClone(m);
show(cm);
console.log(cm.get(NaN), cm.get(0), cm.extra);
const frozen = structuredClone(Object.freeze({ f: 1 }));
console.log(Object.isFrozen(frozen));
