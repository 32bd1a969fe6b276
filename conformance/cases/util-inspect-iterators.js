// Map and Set iterators in util.inspect: what is left to iterate, entries shown as pairs, limits and depth.
const util = require('util');
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const it = m.entries(); it.next();
console.log(it, [...it], it);
const s = new Set([1, 2, 3]); const si = s.values(); si.next(); si.next();
console.log(si, util.inspect(s.entries(), { maxArrayLength: 1 }));
m.delete(2); const k = m.keys(); console.log(k, util.inspect(m.values(), { depth: 0 }));
console.log(util.inspect(new Map([[{a: {b: {c: 1}}}, 1]]).keys(), { depth: 0 }));
const big = new Map(Array.from({ length: 120 }, (_, i) => [i, i])); console.log(big.keys());
