'use strict';
// zlib's errors for corrupt and truncated input: message, code, errno.
const zlib = require('zlib');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r.length);
  } catch (e) {
    console.log(label, e.name, e.message, e.code, e.errno, Object.keys(e));
  }
}
const text = 'some text to compress '.repeat(40);
const d = zlib.deflateSync(text);
const g = zlib.gzipSync(text);
show('inflate text', () => zlib.inflateSync(Buffer.from('hello world')));
show('gunzip text', () => zlib.gunzipSync(Buffer.from('hello world')));
show('unzip text', () => zlib.unzipSync(Buffer.from('hello world')));
show('raw bad block', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
show('truncated gzip', () => zlib.gunzipSync(g.subarray(0, g.length - 4)));
show('truncated gzip header', () => zlib.gunzipSync(g.subarray(0, 5)));
show('truncated deflate', () => zlib.inflateSync(d.subarray(0, d.length - 2)));
show('truncated raw', () => zlib.inflateRawSync(zlib.deflateRawSync(text).subarray(0, 10)));
const badCrc = Buffer.from(g); badCrc[badCrc.length - 5] ^= 1;
show('bad crc', () => zlib.gunzipSync(badCrc));
const badLen = Buffer.from(g); badLen[badLen.length - 2] ^= 1;
show('bad length', () => zlib.gunzipSync(badLen));
const badAdler = Buffer.from(d); badAdler[badAdler.length - 1] ^= 1;
show('bad adler', () => zlib.inflateSync(badAdler));
show('gzip method', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 9, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])));
show('gzip flags', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0xe0, 0, 0, 0, 0, 0, 3, 1, 2, 3])));
show('zlib dict', () => zlib.inflateSync(Buffer.from([0x78, 0xbb, 0, 0, 0, 0, 1, 2, 3])));
show('zlib window', () => zlib.inflateSync(Buffer.from([0x88, 0x98, 0, 0, 0, 0, 1, 2, 3])));
show('window option', () => zlib.inflateSync(d, { windowBits: 9 }));
show('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('hello world garbage')));
show('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 5)));
show('trailing garbage gzip', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from('garbage')])));
show('trailing zeros gzip', () => zlib.gunzipSync(Buffer.concat([g, Buffer.alloc(5)])));
show('trailing garbage deflate', () => zlib.inflateSync(Buffer.concat([d, Buffer.from('garbage')])));
// The truncated stream decodes what it has with finishFlush: Z_SYNC_FLUSH.
const partial = zlib.inflateSync(d.subarray(0, d.length - 10), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(text.startsWith(partial.toString()), partial.length > 0);
// Streams emit the error.
const s = zlib.createGunzip();
s.on('error', (e) => console.log('stream error', e.message, e.code, e.errno));
s.end(g.subarray(0, g.length - 3));
