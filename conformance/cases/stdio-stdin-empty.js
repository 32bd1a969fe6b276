// An empty stdin: 'end' without data.
let count = 0;
process.stdin.on('data', () => count++);
process.stdin.on('end', () => console.log('end after', count, 'chunks'));
