'use strict';
// 5 MB inputs through sync, callback and stream forms.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const size = 5 * 1024 * 1024;
const big = Buffer.alloc(size);
let seed = 1;
for (let i = 0; i < size; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  // Text-like bytes: compressible but not trivially.
  big[i] = 97 + ((seed >> 16) % 16);
}
const deflated = zlib.deflateSync(big);
console.log('deflate', deflated.length > size / 3, deflated.length < size * 0.7);
console.log('inflate', zlib.inflateSync(deflated).equals(big));
const zeros = Buffer.alloc(size);
const gz = zlib.gzipSync(zeros);
console.log('zeros', gz.length < 10000, gz.readUInt32LE(gz.length - 4), zlib.gunzipSync(gz).equals(zeros));
const br = zlib.brotliCompressSync(zeros);
console.log('brotli zeros', br.length < 1000, zlib.brotliDecompressSync(br).equals(zeros));
zlib.gzip(big, (err, packed) => {
  console.log('callback gzip', err, packed.length < size * 0.7);
  zlib.gunzip(packed, (err2, out) => {
    console.log('callback gunzip', err2, out.equals(big));
    const pieces = [];
    for (let o = 0; o < size; o += 65536) pieces.push(big.subarray(o, o + 65536));
    let total = 0;
    let chunks = 0;
    pipeline(Readable.from(pieces), zlib.createDeflate(), zlib.createInflate(), new Writable({
      write(chunk, enc, cb) { total += chunk.length; chunks++; cb(); },
    }), (err3) => {
      console.log('stream', err3, total, chunks > 100);
    });
  });
});
