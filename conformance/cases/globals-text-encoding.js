const enc = new TextEncoder();
console.log(enc.encoding);
console.log(enc.encode('héllo €😀'));
console.log(enc.encode(''), enc.encode().length);
console.log(enc.encode('\ud800'));
const target = new Uint8Array(5);
console.log(enc.encodeInto('héllo', target), target);
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(dec.decode(new Uint8Array([104, 195, 169, 108, 108, 111, 32, 226, 130, 172, 240, 159, 152, 128])));
console.log(dec.decode(new Uint8Array([0xff, 0x41, 0xc3])));
console.log(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(dec.decode(), dec.decode(new ArrayBuffer(2)).length);
console.log(dec.decode(new Uint8Array([65, 66, 67]).subarray(1)));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log(e.name, e.code);
}
const stream = new TextDecoder();
console.log(JSON.stringify(stream.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), stream.decode(new Uint8Array([0xac])));
console.log(new TextDecoder('utf8').encoding, new TextDecoder('UTF-8').encoding);
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code); }
console.log(enc.encode('round trip ✓').length, dec.decode(enc.encode('round trip ✓')));
