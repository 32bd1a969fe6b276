// TextDecoder — label resolution, unsupported labels, input views, and inspect output.
const util = require('util');
for (const l of ['utf-8', 'utf8', 'unicode-1-1-utf-8', ' UTF-8 ', '\tutf-8\n', 'utf-16', 'utf-16le', 'UTF-16LE', 'ucs-2', 'unicode', 'utf-16be', 'latin1', 'ascii', 'iso-8859-1', 'windows-1252', 'x-user-defined', 'replacement', 'utf-32', '', ' ', 'binary', 'base64', 'hex', 'utf_8']) {
  try {
    console.log(JSON.stringify(l), new TextDecoder(l).encoding);
  } catch (e) {
    console.log(JSON.stringify(l), e.name, e.code, e.message);
  }
}
// input views
const dec = new TextDecoder();
const bytes = new TextEncoder().encode('views!');
console.log(dec.decode(bytes.buffer), dec.decode(new DataView(bytes.buffer, 1, 3)), dec.decode(Buffer.from('buf')));
console.log(dec.decode(new Uint16Array([0x6968])), dec.decode(new Int8Array([0x6f, 0x6b])), dec.decode(new Uint8Array(bytes.buffer, 2, 2)));
const sab = new SharedArrayBuffer(2);
new Uint8Array(sab).set([0x68, 0x69]);
console.log(dec.decode(sab), dec.decode(new Uint8Array(sab)));
console.log(JSON.stringify(dec.decode(undefined)), JSON.stringify(dec.decode(new Float64Array(0))));
for (const bad of [null, 'str', 5, [104, 105], {}]) {
  try {
    console.log('ok', JSON.stringify(dec.decode(bad)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(util.inspect(new TextEncoder()), util.inspect(new TextDecoder()));
console.log(util.inspect(new TextDecoder(), { depth: -1 }));
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype));
console.log(Object.prototype.toString.call(new TextDecoder()), Object.prototype.toString.call(new TextEncoder()));
try { TextDecoder(); } catch (e) { console.log(e.name); }
try { new TextDecoder('utf-8', 5); } catch (e) { console.log(e.name, e.code, e.message); }
// non-utf-8 decoders last
console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })), [new TextDecoder('latin1')]);
// windows-1252 maps 0x80-0x9f to typographic characters, latin1 range as-is
console.log(JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0x41, 0x80, 0x93, 0x94, 0x9f, 0xe9, 0xff]))));
console.log(JSON.stringify(new TextDecoder('utf-16be').decode(new Uint8Array([0x00, 0x41, 0x20, 0xac]))));
