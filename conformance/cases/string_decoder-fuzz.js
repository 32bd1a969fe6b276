// Seeded random byte streams cut into random chunks, decoded with StringDecoder in every
// encoding: the concatenated output, lastNeed/lastTotal after each write and end() must match.
'use strict';
const { StringDecoder } = require('string_decoder');

let seed = 777;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const samples = [[0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xc3, 0xa9], [0x61], [0x80], [0xff],
  [0x3d, 0xd8], [0x00, 0xdc], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0x0a]];
function randomBytes() {
  const bytes = [];
  const n = rand(10);
  for (let i = 0; i < n; i++) {
    if (rand(3) === 0) bytes.push(rand(256));
    else bytes.push(...samples[rand(samples.length)]);
  }
  return Buffer.from(bytes);
}
let hash = 0;
function mix(s) {
  s = String(s);
  for (let i = 0; i < s.length; i++) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
}
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  hash = 0;
  for (let round = 0; round < 300; round++) {
    const bytes = randomBytes();
    const decoder = new StringDecoder(enc);
    let at = 0;
    const out = [];
    while (at < bytes.length) {
      const size = 1 + rand(4);
      out.push(decoder.write(bytes.subarray(at, at + size)));
      mix(`${decoder.lastNeed},${decoder.lastTotal},${decoder.lastChar.toString('hex')}`);
      at += size;
    }
    out.push(decoder.end());
    mix(JSON.stringify(out));
    if (round < 3) console.log(enc, bytes.toString('hex'), JSON.stringify(out.join('')));
  }
  console.log(enc, hash);
}
