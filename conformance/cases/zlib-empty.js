'use strict';
// Empty input: compressors give a valid empty stream, decompressors report truncation.
const zlib = require('zlib');
const empty = Buffer.alloc(0);
for (const [c, d] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'], ['gzipSync', 'unzipSync']]) {
  const packed = zlib[c](empty);
  console.log(c, packed.length > 0, zlib[d](packed).length);
  try {
    zlib[d](empty);
    console.log(d, 'empty ok');
  } catch (e) {
    console.log(d, e.message, e.code, e.errno);
  }
}
console.log(zlib.gzipSync('').subarray(0, 10).toString('hex'), zlib.gzipSync('').subarray(-8).toString('hex'));
console.log(zlib.deflateSync('').subarray(0, 2).toString('hex'), zlib.deflateSync('').subarray(-4).toString('hex'));
console.log(zlib.deflateSync('', { level: 0 }).toString('hex'));
console.log(zlib.inflateRawSync(Buffer.from([0x03, 0x00])).length);
const g = zlib.createGzip();
const out = [];
g.on('data', (c) => out.push(c));
g.on('end', () => {
  const all = Buffer.concat(out);
  console.log('empty stream', all.subarray(0, 10).toString('hex'), zlib.gunzipSync(all).length, g.bytesWritten);
  zlib.inflate(empty, (err) => console.log('callback', err.message, err.code));
});
g.end();
