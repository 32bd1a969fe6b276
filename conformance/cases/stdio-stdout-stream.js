// process.stdout/stderr are Writable streams: write callbacks, return values, ordering with
// console.log, encodings, and properties.
const { Writable } = require('stream');
console.log(process.stdout instanceof Writable, process.stderr instanceof Writable);
console.log(process.stdout.writable, process.stdout.fd, process.stderr.fd, process.stdout._isStdio);
console.log(typeof process.stdout.write, typeof process.stdout.end, process.stdout.isTTY);
const ok = process.stdout.write('write returns ', () => console.log('write callback'));
console.log(ok);
process.stdout.write(Buffer.from('buffer chunk\n'));
process.stdout.write('68657820656e636f6465640a', 'hex');
process.stdout.write(new Uint8Array([117, 56, 10]));
console.log('after writes');
process.stderr.write('to stderr\n');
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
