// string_decoder — utf16le/ucs2: surrogate pairs split at every byte, with state after each write.
const { StringDecoder } = require('string_decoder');
const state = (d) => `need=${d.lastNeed} total=${d.lastTotal} char=${d.lastChar.toString('hex')}`;
for (const s of ['😀', 'a😀b', '😀😀', 'é€']) {
  const buf = Buffer.from(s, 'utf16le');
  console.log('==', JSON.stringify(s), buf.toString('hex'));
  for (let i = 0; i <= buf.length; i++) {
    const d = new StringDecoder('utf16le');
    const a = d.write(buf.subarray(0, i));
    const st = state(d);
    const b = d.write(buf.subarray(i));
    console.log(i, JSON.stringify(a), st, JSON.stringify(b), JSON.stringify(d.end()));
  }
}
// byte at a time with state after every write
const d = new StringDecoder('ucs2');
for (const byte of Buffer.from('x😀', 'utf16le')) {
  console.log(byte.toString(16), JSON.stringify(d.write(Buffer.from([byte]))), state(d));
}
// lone surrogates and odd trailing bytes at end()
const cases = [[0x3d, 0xd8], [0x3d, 0xd8, 0x41, 0x00], [0x00, 0xdc], [0x41], [0x41, 0x00, 0x42], [0x3d, 0xd8, 0x00]];
for (const bytes of cases) {
  const dd = new StringDecoder('utf-16le');
  const w = dd.write(Buffer.from(bytes));
  const st = state(dd);
  const e = dd.end();
  console.log(bytes.map((b) => b.toString(16)).join(' '), JSON.stringify(w), st, JSON.stringify(e), [...e].map((c) => c.charCodeAt(0).toString(16)));
}
