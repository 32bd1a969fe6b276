// string_decoder — encoding normalisation, default, invalid encodings, construction without new.
const { StringDecoder } = require('string_decoder');
const sd = require('string_decoder');
console.log(Object.keys(sd), sd.StringDecoder === StringDecoder);
console.log(new StringDecoder().encoding, new StringDecoder(undefined).encoding, new StringDecoder(null).encoding, new StringDecoder('').encoding);
for (const enc of ['UTF8', 'Utf-8', 'UCS2', 'ucs-2', 'UTF16LE', 'utf-16le', 'Latin1', 'BINARY', 'Base64', 'BASE64URL', 'HEX', 'ASCII']) {
  console.log(enc, new StringDecoder(enc).encoding);
}
for (const bad of ['utf-16be', 'utf32', 'latin-1', 'buffer', 'nope', 5, {}, true, 'utf 8', ' utf8']) {
  try {
    console.log(String(bad), 'ok', new StringDecoder(bad).encoding);
  } catch (e) {
    console.log(String(bad), e.name, e.code, e.message);
  }
}
try { StringDecoder('utf8'); } catch (e) { console.log('no new:', e.name); }
const ascii = new StringDecoder('ascii');
console.log(JSON.stringify(ascii.write(Buffer.from([0x41, 0xc3, 0xa9, 0xff, 0x7f]))));
const latin = new StringDecoder('binary');
console.log(JSON.stringify(latin.write(Buffer.from([0x41, 0xc3, 0xa9, 0xff]))));
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([0, 15, 16, 255])), hex.end(Buffer.from([0xca, 0xfe])));
console.log(new StringDecoder('utf8') instanceof StringDecoder, StringDecoder.name, typeof StringDecoder.prototype.write);
