try {
  require('../fixtures/cjs/throws-on-load.js');
} catch (e) {
  console.log('caught:', e.message);
}
const key = require.resolve('../fixtures/cjs/throws-on-load.js');
console.log('left in cache:', key in require.cache);
try {
  require('../fixtures/cjs/throws-on-load.js');
} catch (e) {
  console.log('throws again:', e.message);
}
