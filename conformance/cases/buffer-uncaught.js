// An uncaught Buffer error ends the process with status 1 after earlier output.
'use strict';
console.log('before');
process.on('exit', (code) => console.log('exit', code));
Buffer.alloc(4).writeInt16LE(40000, 0);
console.log('not reached');
