'use strict';
// The *Sync functions: round trips for every format and input type, levels, and the header
// bytes zlib writes (compressed bodies may differ from Node's, headers may not).
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [c, d] of pairs) {
  const packed = zlib[c](text);
  const back = zlib[d](packed);
  console.log(c, d, Buffer.isBuffer(packed), packed.length < 400, back.toString() === text);
}
const buf = Buffer.from(text);
const inputs = {
  string: text, buffer: buf, uint8: new Uint8Array(buf), arrayBuffer: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length),
  dataView: new DataView(buf.buffer, buf.byteOffset, buf.length), uint16: new Uint16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length)),
};
for (const [name, input] of Object.entries(inputs)) {
  console.log(name, zlib.inflateSync(zlib.deflateSync(input)).equals(buf));
}
for (const level of [-1, 0, 1, 2, 5, 6, 7, 9]) {
  const d = zlib.deflateSync(text, { level });
  const g = zlib.gzipSync(text, { level });
  console.log('level', level, d.subarray(0, 2).toString('hex'), g.subarray(0, 10).toString('hex'),
              zlib.inflateSync(d).toString() === text, zlib.gunzipSync(g).toString() === text);
}
for (const windowBits of [8, 9, 12, 15]) {
  const d = zlib.deflateSync(text, { windowBits });
  console.log('windowBits', windowBits, d.subarray(0, 2).toString('hex'), zlib.inflateSync(d).toString() === text);
}
for (const strategy of [0, 1, 2, 3, 4]) {
  const d = zlib.deflateSync(text, { strategy });
  console.log('strategy', strategy, zlib.inflateSync(d).toString() === text);
}
console.log(zlib.gzipSync(text, { strategy: zlib.constants.Z_HUFFMAN_ONLY }).subarray(0, 10).toString('hex'));
// gzip trailer: CRC-32 and length, little-endian.
const g = zlib.gzipSync(text);
console.log(g.readUInt32LE(g.length - 4), g.readUInt32LE(g.length - 8) === zlib.crc32(text));
const d = zlib.deflateSync(text);
console.log(d.readUInt32BE(d.length - 4).toString(16));
console.log(zlib.deflateSync(text, { memLevel: 1, chunkSize: 64 }).length > 0);
const info = zlib.gzipSync('x', { info: true });
console.log(Object.keys(info), info.engine.constructor.name, info.engine instanceof zlib.Gzip, zlib.gunzipSync(info.buffer).toString());
