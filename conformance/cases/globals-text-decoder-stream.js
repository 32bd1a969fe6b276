// TextDecoder in streaming mode over seeded random chunks (fatal and replacing), BOM handling at
// the start of each stream only, and encodeInto on short targets.
'use strict';
let seed = 4242;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const samples = [[0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xc3, 0xa9], [0x61], [0x80], [0xff],
  [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xe0, 0x80]];
let hash = 0;
function mix(s) {
  s = String(s);
  for (let i = 0; i < s.length; i++) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
}
for (const fatal of [false, true]) {
  for (const ignoreBOM of [false, true]) {
    hash = 0;
    const decoder = new TextDecoder('utf-8', { fatal, ignoreBOM });
    for (let round = 0; round < 300; round++) {
      const bytes = [];
      const n = rand(8);
      for (let i = 0; i < n; i++) bytes.push(...samples[rand(samples.length)]);
      const u8 = new Uint8Array(bytes);
      const out = [];
      try {
        let at = 0;
        while (at < u8.length) {
          const size = 1 + rand(3);
          out.push(decoder.decode(u8.subarray(at, at + size), { stream: true }));
          at += size;
        }
        out.push(decoder.decode());
      } catch (e) {
        out.push(`${e.name}:${e.code}`);
      }
      mix(JSON.stringify(out));
    }
    console.log({ fatal, ignoreBOM }, hash);
  }
}
const enc = new TextEncoder();
for (const s of ['', 'abc', 'é€😀x', '\ud800ab', '😀😀']) {
  for (const size of [0, 1, 2, 3, 4, 5, 8]) {
    const target = new Uint8Array(size);
    const r = enc.encodeInto(s, target);
    console.log(JSON.stringify(s), size, r, Array.from(target).join(','));
  }
}
console.log(enc.encode('é€😀\ud800'), enc.encode(), enc.encode(123));
console.log(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf])));
console.log(btoa('hello\u00ff'), atob(' aGVs bG8=\n'), atob('YQ'), btoa(''));
