try {
  await import('../fixtures/esm/cjs-interop/import-missing.mjs');
} catch (e) {
  console.log(e.name, e.message.split('\n')[0].replace(/'[^']*\/fixtures\//, "'<fixtures>/"));
}
