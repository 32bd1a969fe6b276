'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;

// push() after push(null): ERR_STREAM_PUSH_AFTER_EOF (destroys, or only errors without autoDestroy).
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (err) => console.log('error', e(err)));
r.on('close', () => console.log('close'));
r.push(null);
console.log('push', r.push('x'), 'destroyed', r.destroyed, e(r.errored));

const r2 = new Readable({ read() {}, autoDestroy: false });
r2.on('error', (err) => console.log('r2 error', e(err)));
r2.on('close', () => console.log('r2 close'));
r2.push(null);
console.log('r2 push', r2.push('x'), 'destroyed', r2.destroyed, e(r2.errored));
