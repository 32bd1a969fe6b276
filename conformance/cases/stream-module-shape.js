'use strict';
const stream = require('stream');

// What require('stream') exports, and the names/lengths of its functions.
console.log(Object.keys(stream));
console.log(typeof stream, stream.name, stream.Stream === stream, stream === require('node:stream'));
for (const k of ['pipeline', 'finished', 'destroy', 'compose', 'addAbortSignal', 'duplexPair', 'isReadable', 'setDefaultHighWaterMark']) {
  console.log(k, stream[k].name, stream[k].length);
}
for (const k of ['map', 'filter', 'toArray', 'reduce', 'take', 'drop', 'flatMap', 'forEach', 'some', 'every', 'find', 'compose']) {
  console.log(k, stream.Readable.prototype[k].name, stream.Readable.prototype[k].length);
}
console.log(Object.keys(require('stream/promises')), require('stream/promises') === stream.promises);
console.log(Object.getOwnPropertyNames(stream.Readable.prototype).filter((k) => !['map', 'filter', 'asIndexedPairs'].includes(k)).length);
console.log(Object.keys(stream.Writable.prototype));
console.log(typeof stream.Readable.from, typeof stream.Duplex.from, stream.Readable.ReadableState.name, stream.Writable.WritableState.name);
