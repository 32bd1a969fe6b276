// import { Buffer, constants } from 'node:buffer' and the default/namespace shapes in ESM.
import { Buffer, constants, kMaxLength, SlowBuffer, transcode, isUtf8, isAscii, Blob, File, atob, btoa,
  INSPECT_MAX_BYTES } from 'node:buffer';
import bufferDefault from 'buffer';
import * as ns from 'node:buffer';
console.log(Buffer === globalThis.Buffer, constants.MAX_LENGTH === kMaxLength, typeof SlowBuffer);
console.log(typeof transcode, typeof isUtf8, typeof isAscii, typeof Blob, typeof File, typeof atob, typeof btoa);
console.log(INSPECT_MAX_BYTES, bufferDefault.Buffer === Buffer, ns.Buffer === Buffer, ns.default === bufferDefault);
console.log(Object.keys(ns).sort());
console.log(Buffer.from('esm'), Buffer.from('esm').toString('base64'));
console.log(isUtf8(Buffer.from('ok')), transcode(Buffer.from('hi'), 'utf8', 'ucs2'));
const b = await new Blob(['async']).text();
console.log(b);
