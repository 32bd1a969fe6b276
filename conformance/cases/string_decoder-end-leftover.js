// string_decoder — end() with leftover bytes for every encoding, and reuse after end().
const { StringDecoder } = require('string_decoder');
const leftovers = {
  utf8: [0xe2, 0x82],
  utf16le: [0x61],
  ucs2: [0x3d, 0xd8],
  base64: [0x61],
  base64url: [0xff, 0xfe],
  hex: [0xab],
  latin1: [0xe9],
  ascii: [0xe9],
};
for (const [enc, bytes] of Object.entries(leftovers)) {
  const d = new StringDecoder(enc);
  const w = d.write(Buffer.from(bytes));
  const e = d.end();
  const again = d.end();
  const after = d.write(Buffer.from('ok'));
  console.log(enc, JSON.stringify(w), JSON.stringify(e), JSON.stringify(again), JSON.stringify(after));
  const d2 = new StringDecoder(enc);
  console.log(' end(buf)', JSON.stringify(d2.end(Buffer.from(bytes))), JSON.stringify(d2.end(Buffer.from(bytes.concat(bytes)))));
  console.log(' end(empty)', JSON.stringify(new StringDecoder(enc).end(Buffer.alloc(0))));
}
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xf0, 0x9f]));
console.log(JSON.stringify(d.end(Buffer.from([0x98, 0x80]))), JSON.stringify(d.end(Buffer.from([0x98]))));
