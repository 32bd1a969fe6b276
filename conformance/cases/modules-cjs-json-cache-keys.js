const a = require('../fixtures/cjs/data.json');
const b = require('../fixtures/cjs/data.json');
console.log(a === b, Object.isFrozen(a), Array.isArray(a.list));
