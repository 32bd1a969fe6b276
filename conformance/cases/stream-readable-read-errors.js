'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;

// _read throwing, and a Readable without _read (ERR_METHOD_NOT_IMPLEMENTED).
const { Readable } = require('stream');

const r = new Readable({ read() { throw new Error('boom'); } });
r.on('error', (err) => console.log('error', e(err)));
r.on('close', () => console.log('close'));
console.log('read', r.read());

const r2 = new Readable();
r2.on('error', (err) => console.log('error2', e(err)));
r2.on('close', () => console.log('close2'));
r2.resume();
