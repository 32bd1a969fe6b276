'use strict';
// unzip auto-detects gzip or zlib framing; gzip members concatenate.
const zlib = require('zlib');
const a = 'alpha '.repeat(50);
const b = 'beta '.repeat(50);
console.log(zlib.unzipSync(zlib.gzipSync(a)).toString() === a);
console.log(zlib.unzipSync(zlib.deflateSync(a)).toString() === a);
console.log(zlib.unzipSync(zlib.gzipSync(a, { level: 1 })).toString() === a);
console.log(zlib.unzipSync(Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b)])).toString() === a + b);
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b), zlib.gzipSync('')])).toString() === a + b);
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync(a), zlib.deflateSync(b)])).toString() === a);
for (const bytes of [[0x1f], [0x1f, 0x8b], [0x78], [], [0x1f, 0x8c, 1, 2]]) {
  try {
    zlib.unzipSync(Buffer.from(bytes));
  } catch (e) {
    console.log(bytes, e.message, e.code);
  }
}
try { zlib.unzipSync(zlib.deflateRawSync('raw')); } catch (e) { console.log('raw', e.message); }
// Streaming unzip sees the header a byte at a time.
const u = zlib.createUnzip();
const out = [];
u.on('data', (c) => out.push(c));
u.on('end', () => console.log('stream unzip', Buffer.concat(out).toString() === a + b));
const input = Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b)]);
for (let i = 0; i < 30; i++) u.write(input.subarray(i, i + 1));
u.end(input.subarray(30));
