// require() of an ES module graph with top-level await is refused; a throwing module rethrows.
try { require('../fixtures/esm/tla-export.mjs'); } catch (e) { console.log(e.code); }
try { require('../fixtures/esm/throws.mjs'); } catch (e) { console.log(e.name, e.message); }
const a = require('../fixtures/esm/math.mjs');
const b = require('../fixtures/esm/math.mjs');
console.log(a === b, typeof a.sq);
