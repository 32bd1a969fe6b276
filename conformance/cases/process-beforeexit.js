let count = 0;
process.on('beforeExit', (code) => {
  count++;
  console.log('beforeExit', count, 'code', code);
  if (count < 3) {
    setTimeout(() => console.log('work scheduled from beforeExit', count), 1);
  }
});
process.on('exit', (code) => console.log('exit', code, 'after', count, 'beforeExit events'));
console.log('main');
