const qs = require('querystring');
console.log(qs.stringify({ a: 1e21, b: -1e21, c: 1e20, d: -0, e: 0.1, f: 1e-7, g: 123456789012 }));
console.log(qs.stringify({ n: NaN, i: Infinity, j: -Infinity }));
console.log(qs.stringify({ big: 10n, neg: -5n, t: true, f: false }));
console.log(qs.stringify({ u: undefined, n: null, o: {}, fn() {}, s: Symbol('x'), d: new Date(0), r: /x/ }));
console.log(qs.stringify({ a: new String('boxed'), b: new Number(3), c: new Boolean(true) }));
