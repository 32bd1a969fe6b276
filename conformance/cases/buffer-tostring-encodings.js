// Decoding tricky byte sequences in each encoding: invalid UTF-8, lone surrogates, high bytes.
'use strict';
const seqs = {
  overlong: [0xc0, 0xaf],
  'overlong 3': [0xe0, 0x80, 0xaf],
  surrogate: [0xed, 0xa0, 0x80],
  'max': [0xf4, 0x8f, 0xbf, 0xbf],
  'above max': [0xf4, 0x90, 0x80, 0x80],
  'f5': [0xf5, 0x80, 0x80, 0x80],
  'truncated 4': [0xf0, 0x9f, 0x98],
  'truncated 3 then ascii': [0xe2, 0x82, 0x41],
  'lone cont': [0x80, 0x80, 0x41],
  'ff fe': [0xff, 0xfe, 0x41],
  'bom': [0xef, 0xbb, 0xbf, 0x41],
  'nul': [0x00, 0x41, 0x00],
  'c2 end': [0x41, 0xc2],
  'mixed': [0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0x28],
  'high': [0x7f, 0x80, 0x9f, 0xa0, 0xff],
  'utf16 lone hi': [0x00, 0xd8, 0x41, 0x00],
  'utf16 lone lo': [0x00, 0xdc],
  'utf16 pair': [0x3d, 0xd8, 0x00, 0xde],
  'utf16 odd': [0x41, 0x00, 0x42],
};
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
for (const [name, bytes] of Object.entries(seqs)) {
  const b = Buffer.from(bytes);
  const out = encs.map((e) => {
    const s = b.toString(e);
    return [...s].map((c) => c.codePointAt(0).toString(16)).join('.');
  });
  console.log(name.padEnd(24), out.join(' | '));
}
for (let n = 0; n <= 7; n++) {
  const b = Buffer.from('abcdefg'.slice(0, n));
  console.log(n, b.toString('base64'), b.toString('base64url'), b.toString('hex'));
}
