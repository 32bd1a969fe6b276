'use strict';
// Callback forms: run on the pool, called asynchronously with (err, buffer); one at a time so
// the order is Node's.
const zlib = require('zlib');
const text = 'callback data '.repeat(100);
const steps = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['brotliCompress', 'brotliDecompress'],
];
let sync = true;
function next(i) {
  if (i === steps.length) return errors();
  const [c, d] = steps[i];
  zlib[c](text, (err, packed) => {
    console.log(c, err, sync, Buffer.isBuffer(packed));
    zlib[d](packed, { chunkSize: 128 }, (err2, out) => {
      console.log(d, err2, out.toString() === text);
      next(i + 1);
    });
  });
}
next(0);
process.nextTick(() => console.log('nextTick before callbacks'));
sync = false;
function errors() {
  zlib.inflate(Buffer.from('not zlib data'), (err, out) => {
    console.log(err.message, err.code, err.errno, out);
    zlib.gunzip(zlib.gzipSync('abc').subarray(0, 12), (err2) => {
      console.log(err2.message, err2.code, err2.errno);
      zlib.inflate(zlib.deflateSync('x'.repeat(5000)), { maxOutputLength: 100 }, (err3) => {
        console.log(err3.name, err3.code, err3.message);
        zlib.deflate(new Uint8Array([1, 2, 3]).buffer, (err4, out4) => {
          console.log(err4, zlib.inflateSync(out4));
        });
      });
    });
  });
}
try { zlib.deflate('x'); } catch (e) { console.log(e.code, e.message); }
try { zlib.deflate('x', { level: 42 }, () => {}); } catch (e) { console.log(e.code, e.message); }
