'use strict';
const { Readable } = require('stream');

// An 'error' without listeners is an uncaught exception (exit code 1).
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', (err) => {
  console.log('uncaught', err.message);
  process.exitCode = 1;
});
const r = new Readable({ read() {} });
r.on('close', () => console.log('close'));
r.destroy(new Error('nobody listens'));
console.log('sync end');
