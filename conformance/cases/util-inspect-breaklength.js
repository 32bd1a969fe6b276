const util = require('util');
const o = { alpha: 1, beta: 2, gamma: 3, delta: 4 };
console.log(util.inspect(o, { breakLength: 20 }));
console.log(util.inspect(o, { breakLength: Infinity }));
console.log(util.inspect(o, { breakLength: 200 }));
const big = { list: Array.from({ length: 30 }, (_, i) => i), nested: { k1: 'value one', k2: 'value two' } };
console.log(util.inspect(big, { breakLength: Infinity, compact: true }));
console.log(util.inspect(big, { breakLength: 40 }));
console.log(util.inspect('a'.repeat(100), { breakLength: 10 }));
