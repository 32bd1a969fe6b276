const a = require('../fixtures/cjs/cycle-a.js');
const b = require('../fixtures/cjs/cycle-b.js');
console.log(a);
console.log(b);
