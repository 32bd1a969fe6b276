// Node 20.19+ loads synchronous ES modules through require().
const ns = require('../fixtures/esm/math.mjs');
console.log(Object.keys(ns), ns.default(1, 2), ns.sq(4));
console.log(Object.prototype.toString.call(ns));
