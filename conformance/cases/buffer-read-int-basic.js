// Every fixed-width integer read at every valid offset of a patterned buffer.
'use strict';
const b = Buffer.from([0x00, 0x7f, 0x80, 0xff, 0x01, 0xfe, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]);
const methods = [['readUInt8', 1], ['readInt8', 1], ['readUInt16LE', 2], ['readUInt16BE', 2],
  ['readInt16LE', 2], ['readInt16BE', 2], ['readUInt32LE', 4], ['readUInt32BE', 4], ['readInt32LE', 4],
  ['readInt32BE', 4]];
for (const [m, w] of methods) {
  const out = [];
  for (let o = 0; o + w <= b.length; o++) out.push(b[m](o));
  console.log(m, out.join(' '));
  console.log(m, 'default offset', b[m]());
}
const ff = Buffer.alloc(8, 0xff);
console.log(ff.readUInt32LE(), ff.readInt32LE(), ff.readUInt16BE(), ff.readInt16BE(), ff.readInt8());
const sign = Buffer.from([0x80, 0, 0, 0]);
console.log(sign.readInt32BE(), sign.readUInt32BE(), sign.readInt32LE(), sign.readUInt32LE());
console.log(Object.is(Buffer.alloc(4).readInt32BE(), 0), Object.is(Buffer.alloc(4).readInt32LE(-0), 0));
