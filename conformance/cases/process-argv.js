console.log(process.argv.slice(2));
console.log(process.argv.length);
console.log(typeof process.argv[0], process.argv[1].endsWith('process-argv.js'));
console.log(typeof process.argv0, Array.isArray(process.execArgv), process.execArgv.length);
