// TextDecoder — { stream: true } across chunk boundaries for utf-8 and utf-16le.
const text = 'aé€😀z';
function chunked(enc) {
  const bytes = enc === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(Buffer.from(text, 'utf16le'));
  const rows = [];
  for (let size = 1; size <= 4; size++) {
    const d = new TextDecoder(enc);
    const parts = [];
    for (let i = 0; i < bytes.length; i += size) parts.push(d.decode(bytes.subarray(i, i + size), { stream: true }));
    parts.push(d.decode());
    rows.push(`${size}:${parts.map((p) => JSON.stringify(p)).join(',')}:${parts.join('') === text}`);
  }
  console.log(enc, bytes.length);
  console.log(rows.join('\n'));
}
chunked('utf-8');
// incomplete data flushed at the end becomes U+FFFD
const d = new TextDecoder();
console.log(JSON.stringify(d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), JSON.stringify(d.decode()));
const d2 = new TextDecoder();
console.log(JSON.stringify(d2.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), JSON.stringify(d2.decode(new Uint8Array([0x41]))));
// stream option shapes
const d3 = new TextDecoder();
console.log(JSON.stringify(d3.decode(new Uint8Array([0xe2]), { stream: 1 })), JSON.stringify(d3.decode(new Uint8Array([0x82, 0xac]), {})));
for (const opts of [null, 5, 'x']) {
  try {
    console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0x41]), opts)));
  } catch (e) {
    console.log(String(opts), e.name, e.code, e.message);
  }
}
// utf-16le
chunked('utf-16le');
const w = new TextDecoder('utf-16le');
console.log(JSON.stringify(w.decode(new Uint8Array([0x3d, 0xd8]), { stream: true })), JSON.stringify(w.decode(new Uint8Array([0x00]), { stream: true })), JSON.stringify(w.decode(new Uint8Array([0xde]))));
const w2 = new TextDecoder('utf-16le');
console.log(JSON.stringify(w2.decode(new Uint8Array([0x3d, 0xd8, 0x41]), { stream: true })), JSON.stringify(w2.decode()));
