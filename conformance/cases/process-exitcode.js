console.log('setting exitCode');
process.exitCode = 7;
setTimeout(() => console.log('timer still runs, exitCode =', process.exitCode), 1);
