'use strict';
const stream = require('stream');
const { Readable, Writable } = stream;

// isReadable / isWritable / isErrored / isDisturbed / isDestroyed; default highWaterMarks.
const r = new Readable({ read() {} });
const w = new Writable({ write(c, enc, cb) { cb(); } });
console.log(stream.isReadable(r), stream.isWritable(r), stream.isReadable(w), stream.isWritable(w));
console.log(stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
console.log(stream.isReadable({}), stream.isWritable(5), stream.isErrored(null), stream.isDisturbed({}), stream.isDestroyed({}));
r.push('x');
r.read();
console.log('disturbed', stream.isDisturbed(r));
r.on('error', () => {});
r.destroy(new Error('e'));
console.log(stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
w.end();
console.log(stream.isWritable(w));
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 10);
stream.setDefaultHighWaterMark(true, 3);
console.log(new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
for (const bad of [-1, 'x', 1.5]) {
  try {
    stream.setDefaultHighWaterMark(false, bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
