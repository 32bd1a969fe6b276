'use strict';
// Brotli: parameters, round trips, streaming with flush, Node-produced data, errors.
const zlib = require('zlib');
const { constants } = zlib;
const text = 'Brotli compresses text like this quite well. '.repeat(300);
for (const quality of [0, 1, 4, 9, 11]) {
  const packed = zlib.brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
  console.log('quality', quality, packed.length < 300, zlib.brotliDecompressSync(packed).toString() === text);
}
const params = {
  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  [constants.BROTLI_PARAM_LGWIN]: 18,
  [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
};
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params })).toString() === text);
// Node (Brotli 1.1) output for 'hello' and for '', quality 11.
console.log(zlib.brotliDecompressSync(Buffer.from('0b028068656c6c6f03', 'hex')).toString());
console.log(zlib.brotliDecompressSync(Buffer.from('3b', 'hex')).length);
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
const enc = zlib.createBrotliCompress();
const dec = zlib.createBrotliDecompress();
const got = [];
const encoded = [];
enc.on('data', (c) => encoded.push(c));
enc.pipe(dec).on('data', (c) => got.push(c));
enc.write('first ');
enc.flush(() => {
  const partial = zlib.brotliDecompressSync(Buffer.concat(encoded), { finishFlush: constants.BROTLI_OPERATION_FLUSH });
  console.log('after flush', partial.toString());
  enc.end('second');
});
dec.on('end', () => {
  console.log('end', Buffer.concat(got).toString());
  zlib.brotliDecompress(Buffer.from('not brotli at all!'), (err) => {
    console.log(err.message, err.code, err.errno);
    const bad = zlib.createBrotliDecompress();
    bad.on('error', (e) => console.log('stream', e.message, e.code, e.errno));
    bad.end(zlib.brotliCompressSync(text).subarray(0, 10));
  });
});
