// The node:buffer module surface: constants, kMaxLength, kStringMaxLength, SlowBuffer, exports order.
'use strict';
const buffer = require('buffer');
console.log(Object.keys(buffer));
console.log(buffer.constants, Object.keys(buffer.constants));
console.log(buffer.kMaxLength === buffer.constants.MAX_LENGTH, buffer.kMaxLength);
console.log(buffer.kStringMaxLength === buffer.constants.MAX_STRING_LENGTH);
console.log(typeof buffer.kStringMaxLength, buffer.kStringMaxLength > 2 ** 28);
console.log(require('node:buffer') === buffer, buffer.Buffer === Buffer, buffer.Buffer === global.Buffer);
const cd = Object.getOwnPropertyDescriptor(buffer, 'constants');
console.log(cd.writable, cd.enumerable, cd.configurable);
console.log(Object.isFrozen(buffer.constants));
const { SlowBuffer } = buffer;
const s = SlowBuffer(4);
console.log(s, s instanceof Buffer, s.length, s.byteOffset, s.buffer.byteLength);
console.log(new SlowBuffer(2).length, SlowBuffer.name, SlowBuffer.length);
for (const bad of [-1, 'x', NaN, undefined]) {
  try {
    SlowBuffer(bad);
  } catch (e) {
    console.log('SlowBuffer', String(bad), e.name, e.code, e.message);
  }
}
console.log(typeof buffer.transcode, typeof buffer.isUtf8, typeof buffer.isAscii, typeof buffer.btoa,
  typeof buffer.atob, typeof buffer.resolveObjectURL);
console.log(buffer.atob === globalThis.atob, buffer.btoa === globalThis.btoa, buffer.Blob === globalThis.Blob,
  buffer.File === globalThis.File);
console.log(Buffer.poolSize, typeof Buffer.poolSize);
console.log(Object.keys(Buffer), Object.getOwnPropertyNames(Buffer).sort());
