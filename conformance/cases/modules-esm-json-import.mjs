import data from '../fixtures/cjs/data.json' with { type: 'json' };
console.log(data);
try {
  await import('../fixtures/cjs/data.json');
} catch (e) {
  console.log(e.code);
}
