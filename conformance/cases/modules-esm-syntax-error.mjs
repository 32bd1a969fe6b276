try {
  await import('../fixtures/esm/syntax-error.mjs');
} catch (e) {
  console.log(e.name);
}
try {
  await import('../fixtures/esm/throws.mjs');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  await import('../fixtures/esm/throws.mjs');
} catch (e) {
  console.log('same error again', e.message);
}
