'use strict';
const { StringDecoder } = require('string_decoder');
const util = require('util');

const d = new StringDecoder('utf8');
console.log(d, d.encoding, Object.keys(d));
console.log(JSON.stringify(d.write(Buffer.from([0xe2]))), d.lastNeed, d.lastTotal, d.lastChar);
console.log(JSON.stringify(d.write(Buffer.from([0x82]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(Buffer.from([0xac, 0x61]))), d.lastNeed);
console.log(JSON.stringify(d.end(Buffer.from([0xf0, 0x9f]))), d.lastNeed);
console.log(JSON.stringify(d.end()));
console.log(JSON.stringify(d.write('plain string')));
console.log(JSON.stringify(d.write(new Uint16Array([0x6261]))), JSON.stringify(d.write(new DataView(new Uint8Array([0x63]).buffer))));

for (const enc of [undefined, 'utf-8', 'UTF8', 'ucs2', 'UCS-2', 'utf16le', 'binary', 'latin1', 'base64', 'base64url', 'hex', 'ascii']) {
  const dec = new StringDecoder(enc);
  console.log(String(enc), dec.encoding, util.inspect(dec));
}

const u = new StringDecoder('utf16le');
console.log(JSON.stringify(u.write(Buffer.from([0x3d]))), u.lastNeed, u.lastTotal);
console.log(JSON.stringify(u.write(Buffer.from([0xd8, 0x00]))), u.lastNeed, u.lastTotal);
console.log(JSON.stringify(u.write(Buffer.from([0xde]))), u.lastNeed);
console.log(JSON.stringify(u.end(Buffer.from([0x61]))));

const b = new StringDecoder('base64');
console.log(b.write(Buffer.from('ab')), b.write(Buffer.from('cd')), b.end(), b.end(Buffer.from('x')));
const h = new StringDecoder('hex');
console.log(h.write(Buffer.from([1, 2, 255])), JSON.stringify(h.end()));

const t = new StringDecoder('utf8');
t.write(Buffer.from([0xe2, 0x82]));
console.log(JSON.stringify(t.text(Buffer.from('héllo'), 2)), t.lastNeed);

for (const bad of [() => new StringDecoder('nope'), () => new StringDecoder(5), () => d.write(5),
  () => d.write(null), () => d.end(5), () => StringDecoder.prototype.write.call({}, Buffer.from('a'))]) {
  try {
    console.log(bad());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Object.getOwnPropertyNames(StringDecoder.prototype), typeof StringDecoder, StringDecoder.length);
