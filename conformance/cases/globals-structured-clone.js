const src = {
  n: 1, s: 'str', b: true, nul: null, u: undefined, big: 10n,
  arr: [1, [2, 3]], date: new Date(0), re: /ab+c/gi,
  map: new Map([['k', { v: 1 }]]), set: new Set([1, 'two']),
  nested: { deep: { deeper: [{}] } },
};
const copy = structuredClone(src);
console.log(copy);
console.log(copy !== src, copy.nested.deep !== src.nested.deep, copy.map !== src.map);
console.log(copy.date instanceof Date, copy.date.getTime(), copy.re instanceof RegExp, copy.re.lastIndex, copy.re.flags);
const cyc = { name: 'cyc' };
cyc.self = cyc;
cyc.list = [cyc];
const c2 = structuredClone(cyc);
console.log(c2.self === c2, c2.list[0] === c2, c2 !== cyc);
const shared = { s: 1 };
const two = structuredClone({ a: shared, b: shared });
console.log(two.a === two.b);
console.log(structuredClone(5), structuredClone('x'), structuredClone(null), structuredClone(undefined));
const u8 = structuredClone(new Uint8Array([1, 2, 3]));
console.log(u8);
class K { constructor() { this.v = 1; } m() {} }
const k = structuredClone(new K());
console.log(k, k instanceof K, Object.getPrototypeOf(k) === Object.prototype);
const sparse = structuredClone([1, , 3]);
console.log(sparse, 1 in sparse);
console.log(structuredClone(new Boolean(false)), structuredClone(new String('s')));
