// process.stdin.unref(): with a 'data' listener the process still exits without reading it all.
process.stdin.on('data', (c) => console.log('data', c.length));
process.stdin.unref();
console.log('unref returns', typeof process.stdin.unref, typeof process.stdin.ref);
process.on('exit', (c) => console.log('exit', c));
