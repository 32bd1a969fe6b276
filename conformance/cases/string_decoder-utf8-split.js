// string_decoder — utf8: every multi-byte sequence split at every byte boundary, plus invalid input.
const { StringDecoder } = require('string_decoder');
const samples = ['aé', '€x', '😀', 'a€b😀c', 'ü€😀', '\u0800\uffff', '\u{10ffff}'];
for (const s of samples) {
  const buf = Buffer.from(s, 'utf8');
  const out = [];
  for (let i = 0; i <= buf.length; i++) {
    const d = new StringDecoder('utf8');
    const a = d.write(buf.subarray(0, i));
    const need = d.lastNeed;
    const b = d.write(buf.subarray(i));
    const e = d.end();
    out.push(`${i}:${JSON.stringify(a)}/${need}/${JSON.stringify(b)}/${JSON.stringify(e)}`);
  }
  console.log(JSON.stringify(s), out.join(' '));
}
// byte by byte
for (const s of samples) {
  const d = new StringDecoder('utf8');
  const parts = [...Buffer.from(s)].map((byte) => d.write(Buffer.from([byte])));
  console.log(JSON.stringify(parts), JSON.stringify(d.end()), parts.join('') === s);
}
// invalid and truncated sequences
const bad = [[0xe2, 0x41], [0xf0, 0x9f, 0x41], [0x80], [0xbf, 0x41], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff, 0xfe], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98]];
for (const bytes of bad) {
  const d = new StringDecoder('utf8');
  const w = d.write(Buffer.from(bytes));
  console.log(bytes.map((b) => b.toString(16)).join(' '), JSON.stringify(w), d.lastNeed, d.lastTotal, JSON.stringify(d.end()));
}
// an incomplete sequence interrupted by a new lead byte
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.write(Buffer.from([0xe2, 0x82, 0xac]))), JSON.stringify(d.end()));
const d2 = new StringDecoder('utf8');
console.log(JSON.stringify(d2.write(Buffer.from([0xf0]))), JSON.stringify(d2.write(Buffer.from([0x41]))), JSON.stringify(d2.end()));
