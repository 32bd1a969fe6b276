console.log('before exit');
process.stdout.write('partial line written before exit\n');
setTimeout(() => console.log('never runs'), 0);
process.nextTick(() => console.log('tick never runs'));
process.exit(3);
console.log('after exit never printed');
