process.on('exit', (code) => {
  console.log('exit handler 1, code', code);
  setTimeout(() => console.log('timer in exit never runs'), 0);
  Promise.resolve().then(() => console.log('microtask queued in exit handler'));
});
process.on('exit', function (code) {
  console.log('exit handler 2, code', code, this === process);
});
process.once('exit', () => console.log('once handler'));
console.log('main done');
