// Seeded random bytes and strings through every encoding: encode, decode, byteLength, write into
// short buffers. Prints one checksum line per encoding, so any difference from node shows up.
'use strict';

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const pieces = ['a', 'Z', '0', ' ', '\n', '=', '+', '/', '-', '_', 'é', 'ÿ', '€', '中', '\u0000',
  '\ud800', '\udc00', '\ud83d\ude00', 'g', 'F', '%', '\u0080', '\u07ff', '\uffff'];
function randomString() {
  const parts = [];
  const n = rand(12);
  for (let i = 0; i < n; i++) parts.push(pieces[rand(pieces.length)]);
  return parts.join('');
}
function randomBytes() {
  const n = rand(20);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand(4) === 0 ? 0x80 + rand(0x80) : rand(256);
  return b;
}
let hash = 0;
function mix(value) {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  for (let i = 0; i < s.length; i++) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
}
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
for (const enc of encodings) {
  hash = 0;
  for (let i = 0; i < 400; i++) {
    const s = randomString();
    const b = Buffer.from(s, enc);
    mix(b.toString('hex'));
    mix(Buffer.byteLength(s, enc));
    const small = Buffer.alloc(rand(6));
    mix(small.write(s, enc));
    mix(small.toString('hex'));
    const bytes = randomBytes();
    mix(bytes.toString(enc));
    mix(bytes.toString(enc, 1, bytes.length - 1));
    mix(Buffer.from(bytes.toString(enc), enc).toString('hex'));
  }
  console.log(enc, hash);
}
// A few hand-picked ones printed in full.
for (const enc of encodings) {
  for (const s of ['', 'abc', 'é€😀', '\ud800x', 'zz11', 'QQ==QQ', 'a b\tc', '12 34']) {
    console.log(enc, JSON.stringify(s), Buffer.from(s, enc).toString('hex'), Buffer.byteLength(s, enc));
  }
}
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const enc of encodings) console.log(enc, JSON.stringify(all.toString(enc)));
