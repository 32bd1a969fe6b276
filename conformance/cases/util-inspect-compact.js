const util = require('util');
const o = { a: 1, b: { c: [1, 2, 3], d: 'str' }, e: [{ f: 1 }] };
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(o, { compact: true }));
console.log(util.inspect(o, { compact: 1 }));
console.log(util.inspect(o, { compact: 5 }));
console.log(util.inspect([1, 2, 3], { compact: false }));
console.log(util.inspect(new Map([[1, 2]]), { compact: false }));
console.log(util.inspect({}, { compact: false }));
