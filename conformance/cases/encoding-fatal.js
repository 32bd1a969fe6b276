// TextDecoder — fatal mode: which inputs throw, the error shape, and fatal with streaming.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
const inputs = {
  'lone continuation': [0x80],
  'truncated 2-byte': [0xc3],
  'truncated 3-byte': [0xe2, 0x82],
  'overlong slash': [0xc0, 0xaf],
  'overlong 3-byte': [0xe0, 0x80, 0xaf],
  'surrogate D800': [0xed, 0xa0, 0x80],
  'above 10FFFF': [0xf4, 0x90, 0x80, 0x80],
  'invalid FF': [0xff],
  'valid ascii': [0x61, 0x62],
  'valid emoji': [0xf0, 0x9f, 0x98, 0x80],
  'bad in middle': [0x61, 0xe2, 0x28, 0xa1, 0x62],
};
for (const [label, bytes] of Object.entries(inputs)) {
  const loose = new TextDecoder().decode(new Uint8Array(bytes));
  let strict;
  try {
    strict = hex(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes)));
  } catch (e) {
    strict = `${e.name} ${e.code} ${e.message} ${e instanceof TypeError}`;
  }
  console.log(label.padEnd(18), hex(loose).padEnd(16), strict);
}
// streaming: an incomplete sequence only fails at the final (non-stream) call
const d = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(d.decode(new Uint8Array([0x61, 0xe2]), { stream: true })));
try {
  d.decode();
} catch (e) {
  console.log('flush', e.name, e.code);
}
console.log('reusable after error:', JSON.stringify(d.decode(new Uint8Array([0x62]))));
console.log(new TextDecoder('utf-8', { fatal: 1 }).fatal, new TextDecoder('utf-8', { fatal: '' }).fatal, new TextDecoder('utf-8', {}).fatal);
// utf-16le fatal: odd trailing byte and lone surrogates
for (const bytes of [[0x61, 0x00, 0x62], [0x00, 0xd8], [0x00, 0xdc, 0x61, 0x00], [0x3d, 0xd8, 0x00, 0xde]]) {
  try {
    console.log('utf-16le', hex(new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array(bytes))));
  } catch (e) {
    console.log('utf-16le', bytes.join(','), e.name, e.code);
  }
  console.log('  loose', hex(new TextDecoder('utf-16le').decode(new Uint8Array(bytes))));
}
