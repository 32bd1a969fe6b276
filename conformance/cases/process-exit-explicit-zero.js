process.exitCode = 4;
process.on('exit', (c) => console.log('code', c));
process.exit(0);
