// string_decoder — lastChar/lastNeed/lastTotal after each write, and the accessor shapes.
const { StringDecoder } = require('string_decoder');
const show = (d, label, r) => console.log(label, JSON.stringify(r), d.lastNeed, d.lastTotal, d.lastChar);
const d = new StringDecoder('utf8');
show(d, 'fresh', '');
show(d, 'f0', d.write(Buffer.from([0xf0])));
show(d, '9f', d.write(Buffer.from([0x9f])));
show(d, '98', d.write(Buffer.from([0x98])));
show(d, '80', d.write(Buffer.from([0x80])));
show(d, 'c3', d.write(Buffer.from([0x61, 0xc3])));
show(d, 'end', d.end());
const b = new StringDecoder('base64');
show(b, 'b64 1', b.write(Buffer.from([1])));
show(b, 'b64 +1', b.write(Buffer.from([2])));
show(b, 'b64 +1', b.write(Buffer.from([3])));
show(b, 'b64 +4', b.write(Buffer.from([4, 5, 6, 7])));
show(b, 'b64 end', b.end());
const h = new StringDecoder('hex');
show(h, 'hex', h.write(Buffer.from([0xab])));
const l = new StringDecoder('latin1');
show(l, 'latin1', l.write(Buffer.from([0xe9, 0xff])));
const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
console.log(Object.keys(StringDecoder.prototype));
console.log(Object.keys(d), Object.getOwnPropertyNames(d), Object.getOwnPropertySymbols(d).length);
try { d.lastNeed = 5; } catch (e) { console.log(e.name); }
console.log(d.lastNeed);
console.log(d.lastChar === d.lastChar, Buffer.isBuffer(d.lastChar), d.lastChar.length);
