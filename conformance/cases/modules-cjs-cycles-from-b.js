const b = require('../fixtures/cjs/cycle-b.js');
console.log(b);
console.log(require('../fixtures/cjs/cycle-a.js'));
