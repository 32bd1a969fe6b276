// string_decoder — base64 and base64url with 1- and 2-byte remainders carried between writes.
const { StringDecoder } = require('string_decoder');
for (const enc of ['base64', 'base64url']) {
  for (const len of [1, 2, 3, 4, 5, 6, 7]) {
    const buf = Buffer.from([0xfb, 0xff, 0xbf, 0x3e, 0x3f, 0x00, 0xfe].slice(0, len));
    const d = new StringDecoder(enc);
    const w = d.write(buf);
    console.log(enc, len, JSON.stringify(w), d.lastNeed, d.lastTotal, d.lastChar.subarray(0, 3 - d.lastNeed).toString('hex'), JSON.stringify(d.end()), buf.toString(enc));
  }
  // chunked: 1 + 1 + 1, 2 + 2, 1 + 5
  for (const sizes of [[1, 1, 1], [2, 2], [1, 5], [4, 1, 1], [5, 5, 5]]) {
    const total = sizes.reduce((a, b) => a + b, 0);
    const buf = Buffer.from(Array.from({ length: total }, (_, i) => (i * 47 + 251) & 255));
    const d = new StringDecoder(enc);
    const parts = [];
    let off = 0;
    for (const n of sizes) { parts.push(d.write(buf.subarray(off, off + n))); off += n; }
    parts.push(d.end());
    console.log(enc, sizes.join('+'), JSON.stringify(parts), parts.join('') === buf.toString(enc));
  }
  const d = new StringDecoder(enc);
  console.log(enc, JSON.stringify(d.end(Buffer.from([1]))), JSON.stringify(d.end(Buffer.from([1, 2]))), JSON.stringify(d.end()));
}
