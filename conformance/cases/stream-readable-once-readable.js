'use strict';

// once('readable') cycles, then switching to flowing with resume().
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('a');
r.once('readable', () => {
  console.log('readable 1', String(r.read()));
  r.push('b');
  r.once('readable', () => {
    console.log('readable 2', String(r.read()));
    r.push(null);
    r.resume();
  });
});
r.on('end', () => console.log('end'));
