'use strict';
const { Writable } = require('stream');

// cork()/uncork() collect writes into one _writev call; end() uncorks.
const w = new Writable({
  highWaterMark: 100,
  write(chunk, encoding, cb) { console.log('_write', chunk, encoding); cb(); },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => [c.chunk.toString(), c.encoding]), chunks.allBuffers);
    cb();
  },
});
w.on('finish', () => console.log('finish'));
w.cork();
console.log('corked', w.writableCorked);
w.write('a', () => console.log('cb a'));
w.write('b');
w.write(Buffer.from('c'), () => console.log('cb c'));
console.log('length', w.writableLength, w.writableBuffer.length, w._writableState.bufferedRequestCount);
w.cork();
w.uncork();
console.log('still corked', w.writableCorked);
w.uncork();
console.log('uncorked', w.writableCorked, w.writableLength);
w.cork();
w.write('d');
w.end('e');
console.log('after end', w.writableCorked);
