console.log(Error.stackTraceLimit, typeof Error.stackTraceLimit);
function depth(n) { return n === 0 ? new Error('deep') : depth(n - 1); }
const lines = depth(30).stack.split('\n');
console.log(lines[0], lines.length - 1);
Error.stackTraceLimit = 3;
console.log(depth(30).stack.split('\n').length - 1);
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
Error.stackTraceLimit = 10;
console.log(depth(5).stack.split('\n').slice(1).every((l) => l.startsWith('    at ')));
