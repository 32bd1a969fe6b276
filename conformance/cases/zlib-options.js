'use strict';
// Option validation: Node's ERR_OUT_OF_RANGE / ERR_INVALID_ARG_TYPE / Brotli errors.
const zlib = require('zlib');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('number input', () => zlib.deflateSync(123));
show('null input', () => zlib.deflateSync(null));
show('object input', () => zlib.gzipSync({}));
show('level 10', () => zlib.deflateSync('x', { level: 10 }));
show('level string', () => zlib.deflateSync('x', { level: '1' }));
show('level null', () => zlib.deflateSync('x', { level: null }));
show('level NaN', () => zlib.deflateSync('x', { level: NaN }));
show('level Infinity', () => zlib.deflateSync('x', { level: Infinity }));
show('windowBits 7', () => zlib.deflateSync('x', { windowBits: 7 }));
show('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
show('gunzip windowBits 8', () => zlib.gunzipSync(zlib.gzipSync('x'), { windowBits: 8 }));
show('inflate windowBits 0', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 0 }));
show('raw windowBits 0', () => zlib.inflateRawSync(zlib.deflateRawSync('x'), { windowBits: 0 }));
show('windowBits 16', () => zlib.createGzip({ windowBits: 16 }));
show('memLevel 0', () => zlib.deflateSync('x', { memLevel: 0 }));
show('strategy 5', () => zlib.deflateSync('x', { strategy: 5 }));
show('chunkSize 10', () => zlib.deflateSync('x', { chunkSize: 10 }));
show('chunkSize str', () => zlib.deflateSync('x', { chunkSize: 'a' }));
show('chunkSize Inf', () => zlib.deflateSync('x', { chunkSize: Infinity }));
show('finishFlush 9', () => zlib.deflateSync('x', { finishFlush: 9 }));
show('flush -1', () => zlib.deflateSync('x', { flush: -1 }));
show('dictionary str', () => zlib.deflateSync('x', { dictionary: 'abc' }));
show('maxOutputLength 0', () => zlib.deflateSync('x', { maxOutputLength: 0 }));
show('maxOutputLength', () => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 10 }));
show('opts string', () => zlib.deflateSync('x', 'abc'));
show('opts null', () => zlib.deflateSync('x', null));
show('brotli quality 20', () => zlib.brotliCompressSync('x', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 20 } }));
show('brotli param 999', () => zlib.brotliCompressSync('x', { params: { 999: 1 } }));
show('brotli param abc', () => zlib.brotliCompressSync('x', { params: { abc: 1 } }));
show('brotli param -1', () => zlib.brotliCompressSync('x', { params: { '-1': 1 } }));
show('brotli value str', () => zlib.brotliCompressSync('x', { params: { 1: 'a' } }));
show('brotli value bool', () => zlib.brotliCompressSync('x', { params: { 0: true } }));
show('brotli flush 7', () => zlib.brotliCompressSync('x', { flush: 7 }));
show('brotli chunkSize', () => zlib.brotliCompressSync('x', { chunkSize: 1 }));
show('brotli decoder param', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'), { params: { 5: 1 } }));
show('brotli maxOutputLength', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'.repeat(1000)), { maxOutputLength: 10 }));
show('callback missing', () => zlib.deflate('x'));
show('callback number', () => zlib.deflate('x', {}, 5));
show('params level', () => zlib.createDeflate().params(11, 0));
show('params strategy', () => zlib.createDeflate().params(1, 9));
show('new without new', () => zlib.Deflate({ level: 3 })._level);
