try {
  await import('../fixtures/esm/import-missing-named.mjs');
} catch (e) {
  console.log(e.name, e.message.split('\n')[0].replace(/'[^']*\/fixtures\//, "'<fixtures>/"));
}
