'use strict';
const { Writable } = require('stream');

// An unhandled stream error ends the process with status 1 after the synchronous code.
process.on('exit', (code) => console.log('exit', code));
const w = new Writable({ write(c, enc, cb) { cb(new Error('write failed')); } });
w.write('x', (err) => console.log('cb', err.message));
console.log('sync end');
