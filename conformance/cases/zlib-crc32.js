'use strict';
// zlib.crc32(data[, value]).
const zlib = require('zlib');
console.log(typeof zlib.crc32, zlib.crc32.length);
console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32('hello world'));
console.log(zlib.crc32('world', zlib.crc32('hello ')));
console.log(zlib.crc32(Buffer.from('hello world')), zlib.crc32(new Uint8Array([1, 2, 3])));
console.log(zlib.crc32(new Uint16Array([0x0201, 0x0003]).subarray(0, 1)));
console.log(zlib.crc32(new DataView(new Uint8Array([1, 2, 3]).buffer)));
console.log(zlib.crc32('héllo wörld ✓'), zlib.crc32(Buffer.from('héllo wörld ✓')));
console.log(zlib.crc32(Buffer.alloc(100000, 7)), zlib.crc32('x', 0xffffffff));
for (const args of [[5], [null], ['a', 'b'], ['a', -1], ['a', 2 ** 32], ['a', 1.5]]) {
  try {
    zlib.crc32(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
