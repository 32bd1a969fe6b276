// require() a ~540 KB CommonJS file (lodash, installed into scripts/.bench by scripts/bench).
const _ = require('../.bench/node_modules/lodash/lodash.js');
console.log(_.VERSION);
