console.log(require('../fixtures/cjs/exports-shorthand'));
console.log(require('../fixtures/cjs/replace-exports'));
console.log(require('../fixtures/cjs/reassign-exports-var'));
const t = require('../fixtures/cjs/this-is-exports');
console.log(t);
console.log(exports === module.exports, this === exports);
