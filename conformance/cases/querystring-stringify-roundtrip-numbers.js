const qs = require('querystring');
const nums = [0, 1, -1, 0.5, 1e21, 1.5e300, -2e-7, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE];
console.log(qs.stringify({ n: nums }));
console.log(JSON.stringify(qs.parse(qs.stringify({ n: nums }))));
