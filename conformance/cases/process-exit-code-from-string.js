process.on('exit', (c) => console.log('exit', c, typeof c));
process.exitCode = '8';
