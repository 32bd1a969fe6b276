// Interleaving of console.log, process.stdout.write, stderr writes, ticks, microtasks and timers.
console.log('1 log');
process.stdout.write('2 write\n');
process.stderr.write('stderr A\n');
console.error('stderr B');
process.stdout.write('3 write with cb\n', () => console.log('7? write cb'));
Promise.resolve().then(() => process.stdout.write('5 microtask\n'));
process.nextTick(() => console.log('4 tick'));
setImmediate(() => {
  console.log('8 immediate');
  setTimeout(() => console.log('9 timeout'), 0);
});
console.info('3b info');
console.warn('stderr C');
process.stdout.write(Buffer.from('3c buffer\n'));
console.log('%s %d %j', '3d fmt', 42, { a: 1 });
