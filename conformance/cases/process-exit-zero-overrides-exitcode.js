process.exitCode = 9;
console.log('exit() with no args uses exitCode');
process.on('exit', (c) => console.log('exit event code', c, process.exitCode));
process.exit();
