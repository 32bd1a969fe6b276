const qs = require('querystring');
console.log(qs.stringify({ a: [1, 2, 3], b: 'x' }));
console.log(qs.stringify({ a: [], b: 1 }));
console.log(qs.stringify({ b: 1, a: [] }));
console.log(qs.stringify({ a: [''], b: ['', ''] }));
console.log(qs.stringify({ a: [null, undefined, 'x', [1], { y: 1 }, 2n, true, NaN] }));
console.log(qs.stringify({ a: [1, 2] }, ';', ':'));
console.log(qs.stringify(['x', 'y']));
console.log(qs.stringify({ 0: 'a', 1: 'b', length: 2 }));
