process.on('exit', (code) => {
  console.log('first handler', code);
  process.exit(6);
});
process.on('exit', () => console.log('second handler never runs'));
console.log('main');
