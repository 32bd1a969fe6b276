const add = require('../fixtures/cjs/add');
console.log(typeof add, add.name, add(2, 3));
console.log(require('../fixtures/cjs/add.js') === add);
console.log(require('./../fixtures/cjs/add') === add);
console.log(require(__dirname + '/../fixtures/cjs/add.js') === add);
