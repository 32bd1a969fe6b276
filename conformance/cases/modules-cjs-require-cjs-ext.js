const counter = require('../fixtures/cjs/counter.cjs');
console.log(counter.kind, counter.increment(), counter.increment());
console.log(require('../fixtures/cjs/counter.cjs').increment());
try { require('../fixtures/cjs/counter'); } catch (e) { console.log('extensionless .cjs not resolved:', e.code); }
