process.on('beforeExit', () => console.log('beforeExit must not fire on process.exit'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(0), 1);
