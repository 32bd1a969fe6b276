console.log(typeof exports, typeof require, typeof module, typeof __filename, typeof __dirname);
console.log(arguments.length);
console.log(require('module').wrapper === undefined ? 'no wrapper' : typeof require('module').wrap);
var topLevelVar = 1;
console.log('var does not leak to global:', globalThis.topLevelVar);
console.log(require('../fixtures/cjs/this-is-exports').strict);
return;
console.log('after top-level return');
