'use strict';
// Decompressing data compressed by Node (zlib 1.3 and Brotli), embedded as base64.
const zlib = require('zlib');
const data = {
 "deflate": "eJztyskBQDAUBNBWpoJUoYQ0YPkEkSHEVr02HOadnw+GrYztjCbzSuh5YyrLuoOnZRzBEOv3QcfBwSsrKysrKysr/ylXTOY+8dopgA==",
 "gzip": "H4sIAAAAAAAAA+3KyQFAMBQE0FamglShhDRg+QSRIcRWvTYc5p2fD4atjO2MJvNK6HljKsu6g6dlHMEQ6/dBx8HBKysrKysrKyv/KVdM5j50crK6zwgAAA==",
 "raw": "7crJAUAwFATQVqaCVKGENGD5BJEhxFa9NhzmnZ8Phq2M7Ywm80roeWMqy7qDp2UcwRDr90HHwcErKysrKysrK/8pV0zmPg==",
 "brotli": "G84IiIzURndzKI1Q6fkWRgU1OCQ9oFdqQZYM2IAD9rZB9keDaxXMEwi3ynE6UcMiZADnCgCg/8OkyLy1BQ==",
 "deflate9": "eNrtyskBQDAUBNBWpoJUoYQ0YPkEkSHEVr02HOadnw+GrYztjCbzSuh5YyrLuoOnZRzBEOv3QcfBwSsrKysrKysr/ylXTOY+8dopgA==",
 "gzipMulti": "H4sIAAAAAAAAA0vLLCouUchNzU1KLdJRAADe/wpiDgAAAB+LCAAAAAAAAAMrTk3Oz0tRyE3NTUotAgAkdPqfDQAAAA==",
 "big": "H4sIAAAAAAAAA+3BMQEAAADCoKzrX8ISnkABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAG8DBOIpEnARAQA=",
 "bigBrotli": "W28RgV9CLB4LBFISAgA="
};
const named = 'H4sICAAAAAAC/2hlbGxvLnR4dADLS8xNTVFIr8osUMhNzU1KLQIAaq29xhEAAAA=';
const b = (s) => Buffer.from(s, 'base64');
const text = zlib.inflateSync(b(data.deflate)).toString();
console.log(text.length, text.slice(0, 44), text.slice(-5));
console.log(zlib.gunzipSync(b(data.gzip)).toString() === text);
console.log(zlib.inflateRawSync(b(data.raw)).toString() === text);
console.log(zlib.brotliDecompressSync(b(data.brotli)).toString() === text);
console.log(zlib.inflateSync(b(data.deflate9)).toString() === text);
console.log(zlib.unzipSync(b(data.deflate)).toString() === text, zlib.unzipSync(b(data.gzip)).toString() === text);
console.log(zlib.gunzipSync(b(data.gzipMulti)).toString());
console.log(zlib.unzipSync(b(data.gzipMulti)).toString());
console.log(zlib.gunzipSync(b(named)).toString());
const big = zlib.gunzipSync(b(data.big));
console.log(big.length, big.every((x) => x === 97));
const bigB = zlib.brotliDecompressSync(b(data.bigBrotli));
console.log(bigB.length, bigB.every((x) => x === 98));
// Streams cut the output into chunkSize pieces, as Node's output buffer does (run one at a time:
// Node's pool finishes parallel work in any order).
function gunzipSizes(chunkSize) {
  return new Promise((resolve) => {
    const sizes = [];
    const gunzip = zlib.createGunzip({ chunkSize });
    gunzip.on('data', (c) => sizes.push(c.length));
    gunzip.on('end', () => resolve(sizes.join(' ')));
    gunzip.end(b(data.big));
  });
}
(async () => {
  for (const chunkSize of [undefined, 1000, 65536]) console.log('chunkSize', chunkSize, await gunzipSizes(chunkSize));
  await new Promise((resolve) => zlib.inflate(b(data.deflate), (err, out) => {
    console.log('callback', err, out.toString() === text);
    resolve();
  }));
  zlib.brotliDecompress(b(data.brotli), (err, out) => console.log('brotli callback', err, out.toString() === text));
})();
