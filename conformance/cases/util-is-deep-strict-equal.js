const { isDeepStrictEqual } = require('util');
const cyclic = { a: 1 };
cyclic.self = cyclic;
const cyclic2 = { a: 1 };
cyclic2.self = cyclic2;
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: [1, 2] }, { a: [1, 2] }], [[1, , 3], [1, undefined, 3]],
  [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Set([1, 2]), new Set([2, 1])],
  [new Date(0), new Date(0)], [/a/g, /a/g], [/a/g, /a/i], [Object.create(null), {}],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [cyclic, cyclic2], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [Object(1), Object(1)], [Object(1), 1],
];
for (const [a, b] of pairs) console.log(isDeepStrictEqual(a, b));
