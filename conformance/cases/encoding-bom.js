// TextDecoder — BOM handling with ignoreBOM for utf-8 and utf-16le, including streaming.
const show = (s) => JSON.stringify(s) + ` len=${s.length}`;
const u8bom = [0xef, 0xbb, 0xbf];
console.log(show(new TextDecoder().decode(new Uint8Array([...u8bom, 0x41]))));
console.log(show(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([...u8bom, 0x41]))));
console.log(show(new TextDecoder().decode(new Uint8Array([...u8bom, ...u8bom, 0x41]))));
console.log(show(new TextDecoder().decode(new Uint8Array(u8bom))));
console.log(show(new TextDecoder().decode(new Uint8Array([0x41, ...u8bom]))));
// streaming: the BOM is stripped only at the start of the stream, even when split
const s = new TextDecoder();
console.log(show(s.decode(new Uint8Array([0xef]), { stream: true })));
console.log(show(s.decode(new Uint8Array([0xbb, 0xbf, 0x42]), { stream: true })));
console.log(show(s.decode(new Uint8Array([...u8bom, 0x43]), { stream: true })));
console.log(show(s.decode()));
// after a non-stream decode the decoder resets and strips a BOM again
console.log(show(s.decode(new Uint8Array([...u8bom, 0x44]))));
console.log(show(s.decode(new Uint8Array([...u8bom, 0x45]))));
console.log(new TextDecoder('utf-8', { ignoreBOM: 1 }).ignoreBOM, new TextDecoder('utf-8', { ignoreBOM: 0 }).ignoreBOM);
// utf-16le
const u16bom = [0xff, 0xfe];
console.log(show(new TextDecoder('utf-16le').decode(new Uint8Array([...u16bom, 0x41, 0x00]))));
console.log(show(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([...u16bom, 0x41, 0x00]))));
console.log(show(new TextDecoder('utf-16le').decode(new Uint8Array([0xfe, 0xff, 0x41, 0x00]))));
const w = new TextDecoder('utf-16le');
console.log(show(w.decode(new Uint8Array([0xff]), { stream: true })), show(w.decode(new Uint8Array([0xfe, 0x46, 0x00]))));
