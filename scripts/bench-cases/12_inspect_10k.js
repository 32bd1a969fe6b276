// util.inspect of a 10,000-element array of nested objects (no truncation).
const util = require('util');
const data = [];
for (let i = 0; i < 10000; i++) {
  data.push({ id: i, name: `item ${i}`, tags: ['a', 'b'], nested: { ok: i % 2 === 0, at: null } });
}
const text = util.inspect(data, { depth: Infinity, maxArrayLength: Infinity, breakLength: 120 });
console.log(text.length);
