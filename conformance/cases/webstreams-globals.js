// The web stream globals: present, non-enumerable, writable/configurable, and the same
// objects as require('stream/web').
'use strict';
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream'];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, Object.keys(globalThis).includes(name), d.configurable, typeof globalThis[name]);
}
const web = require('stream/web');
console.log(names.every((n) => globalThis[n] === web[n]));
console.log(require('node:stream/web') === web);
globalThis.ReadableStream = 'replaced';
console.log(ReadableStream, web.ReadableStream.name);
for (const ctor of [web.ReadableStreamDefaultController, web.ReadableByteStreamController,
  web.ReadableStreamBYOBRequest, web.WritableStreamDefaultController, web.TransformStreamDefaultController]) {
  try { new ctor(); } catch (e) { console.log(ctor.name, e.name, e.code, e.message); }
}
try { new web.ReadableStreamDefaultReader(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { new web.WritableStreamDefaultWriter({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { new web.CountQueuingStrategy(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new web.CountQueuingStrategy({}); } catch (e) { console.log(e.name, e.code, e.message); }
