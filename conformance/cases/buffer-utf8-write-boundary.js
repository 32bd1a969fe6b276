// Writing UTF-8 / UTF-16 / latin1 into buffers too small: characters are never split; counts returned.
'use strict';
const strs = ['abc', 'é', 'aé', '€', 'a€', '😀', 'a😀', '😀😀', '\ud800', '\udc00a', 'a\ud800\udc00b', '\u0000\u0000',
  'ÿ', '\u07ff\u0800', '\uffff', '\ud83d', 'x\ud83dy'];
for (const s of strs) {
  const row = [];
  for (let size = 0; size <= 6; size++) {
    const b = Buffer.alloc(size, 0x2e);
    const n = b.write(s);
    row.push(`${n}:${b.toString('hex')}`);
  }
  console.log(JSON.stringify(s), Buffer.byteLength(s), row.join(' '));
}
for (const enc of ['ucs2', 'latin1', 'ascii']) {
  for (const s of ['ab', '😀', 'é€', '\ud800']) {
    const row = [];
    for (let size = 0; size <= 5; size++) {
      const b = Buffer.alloc(size, 0x2e);
      const n = b.write(s, enc);
      row.push(`${n}:${b.toString('hex')}`);
    }
    console.log(enc, JSON.stringify(s), row.join(' '));
  }
}
