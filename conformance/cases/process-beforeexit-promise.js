let fired = 0;
process.on('beforeExit', () => {
  fired++;
  if (fired === 1) {
    Promise.resolve().then(() => console.log('microtask from beforeExit'));
    process.nextTick(() => console.log('tick from beforeExit'));
  } else {
    console.log('beforeExit fired again:', fired);
  }
});
process.exitCode = 3;
process.on('exit', (c) => console.log('exit', c, 'fired', fired));
