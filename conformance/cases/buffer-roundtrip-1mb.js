// A 1 MB buffer through every encoding and back: lengths and a checksum, not the data.
'use strict';
let seed = 2024;
function rand() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed >>> 24;
}
const size = 1024 * 1024;
// 64 KiB of random bytes, rotated by a different amount in each of 16 blocks (keeps the JS work small).
const block = Buffer.allocUnsafe(65536);
for (let i = 0; i < block.length; i++) block[i] = rand();
const parts = [];
for (let k = 0; k < 16; k++) {
  const r = k * 4099 + 1;
  parts.push(block.subarray(r), block.subarray(0, r));
}
const bytes = Buffer.concat(parts);
// Strided checksums: every 7th element plus the length, so a shifted or dropped byte shows up.
function sum(buf) {
  let h = buf.length;
  for (let i = 0; i < buf.length; i += 7) h = (Math.imul(h, 31) + buf[i]) | 0;
  return h;
}
function ssum(str) {
  let h = str.length;
  for (let i = 0; i < str.length; i += 7) h = (Math.imul(h, 31) + str.charCodeAt(i)) | 0;
  return h;
}
console.log('source', bytes.length, sum(bytes), bytes.byteOffset, bytes.buffer.byteLength);
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const s = bytes.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, ssum(s), back.length, sum(back), back.equals(bytes), Buffer.byteLength(s, enc),
    back.byteOffset);
}
const text = 'héllo €😀 wörld\n'.repeat(50000);
for (const enc of ['utf8', 'utf16le', 'latin1']) {
  const b = Buffer.from(text, enc);
  const s = b.toString(enc);
  console.log('text', enc, b.length, sum(b), s.length, s === text);
}
const big = Buffer.alloc(size, 'ab€');
console.log('fill', sum(big), big.indexOf('€', size - 10), big.lastIndexOf('ab'), big.includes('ba'));
const cat = Buffer.concat([bytes, bytes]);
console.log('concat', cat.length, sum(cat), Buffer.compare(cat.subarray(0, size), bytes));
const copy = Buffer.alloc(size);
console.log('copy', bytes.copy(copy), sum(copy), copy.equals(bytes));
const sw = Buffer.from(bytes).swap64().swap32().swap16();
console.log('swap', sum(sw));
