(async () => {
  await null;
  console.log('after await');
  await new Promise((r) => setTimeout(r, 5));
  console.log('after timer await, exiting with 11');
  process.exit(11);
})();
