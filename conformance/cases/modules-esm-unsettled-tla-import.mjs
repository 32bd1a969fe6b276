console.log('importing a module whose TLA never settles');
await import('../fixtures/esm/never-settles.mjs');
console.log('never');
