console.log('before await');
const v = await new Promise((r) => setTimeout(() => r('timer value'), 5));
console.log('after await:', v);
const { value } = await import('../fixtures/esm/tla-export.mjs');
console.log(value);
await null;
for await (const x of [Promise.resolve(1), 2]) console.log('for await', x);
try {
  await Promise.reject(new Error('awaited rejection'));
} catch (e) {
  console.log('caught', e.message);
}
