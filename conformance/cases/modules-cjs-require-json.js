const data = require('../fixtures/cjs/data.json');
console.log(data);
console.log(require('../fixtures/cjs/data') === data);
data.mutated = true;
console.log(require('../fixtures/cjs/data.json').mutated);
try {
  require('../fixtures/cjs/bad.json');
} catch (e) {
  console.log(e.name, e.message.includes('bad.json'));
}
