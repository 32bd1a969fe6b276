'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;

// unshift() after 'end' is an error.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (err) => console.log('error', e(err)));
r.on('close', () => console.log('close'));
r.on('end', () => {
  console.log('end');
  console.log('unshift', r.unshift('x'));
});
r.push(null);
r.resume();
