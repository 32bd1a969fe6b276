// === on every pair of kinds of value: identity for objects and symbols, content for strings
// and bigints, numbers by value (NaN unequal to itself, 0 and -0 equal, int and float forms).
const vals = [undefined, null, true, false, 0, -0, 1, 1.0, 1.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 'a', 'ab'.slice(0, 1), '', 1n, 1n + 0n, Symbol.iterator, {}, [], function () {}];
const o = {}; vals.push(o, o);
let out = '';
for (const a of vals) { for (const b of vals) out += (a === b ? '1' : '0'); out += '\n'; }
console.log(out, NaN === NaN, [NaN].includes(NaN), [NaN].indexOf(NaN), 0 === -0, Object.is(0, -0));
let x = 0; for (let i = 0; i < 5; i++) x += 0.5; console.log(x === 2.5, (x - 0.5) === 2, 2 === (x - 0.5));
