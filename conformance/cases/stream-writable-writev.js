'use strict';
const { Writable } = require('stream');

// _writev for what queued up behind a slow write; writev alone (no _write).
let first = true;
const w = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) {
    console.log('_write', chunk);
    if (first) {
      first = false;
      setTimeout(cb, 1);
    } else {
      cb();
    }
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers);
    setTimeout(cb, 1);
  },
});
w.on('drain', () => console.log('drain'));
w.on('finish', () => console.log('finish'));
w.write('a', () => console.log('cb a'));
w.write('b', 'latin1', () => console.log('cb b'));
w.write('c');
w.end('d', () => console.log('end cb'));

const only = new Writable({ writev(chunks, cb) { console.log('only _writev', chunks.length, String(chunks[0].chunk)); cb(); } });
only.write('x');
only.end('y');
only.on('finish', () => console.log('only finish'));
