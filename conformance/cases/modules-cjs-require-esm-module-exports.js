// require() of an ES module that exports the name 'module.exports' returns that value (Node 20.19+).
const m = require('../fixtures/esm/module-exports-name/index.mjs');
console.log(typeof m, m());
