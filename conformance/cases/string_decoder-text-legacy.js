// string_decoder — legacy text(buf, offset) and its interaction with pending state.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const buf = Buffer.from('héllo wörld');
for (let off = 0; off <= buf.length; off++) {
  const dd = new StringDecoder('utf8');
  console.log(off, JSON.stringify(dd.text(buf, off)), dd.lastNeed);
}
d.write(Buffer.from([0xe2, 0x82]));
console.log(JSON.stringify(d.text(Buffer.from('abc'), 0)), d.lastNeed);
console.log(JSON.stringify(d.end()));
const u = new StringDecoder('utf16le');
console.log(JSON.stringify(u.text(Buffer.from('hi', 'utf16le'), 0)), JSON.stringify(u.text(Buffer.from('hi', 'utf16le'), 2)));
const h = new StringDecoder('hex');
console.log(h.text(Buffer.from([1, 2, 3]), 1));
const b = new StringDecoder('base64');
console.log(b.text(Buffer.from('abcd'), 1), JSON.stringify(b.end()));
try { console.log('text(str)', JSON.stringify(d.text('str', 0))); } catch (e) { console.log(e.name, e.code); }
console.log(typeof StringDecoder.prototype.text, StringDecoder.prototype.text.length, StringDecoder.prototype.write.length, StringDecoder.prototype.end.length);
