'use strict';
// util.promisify over the callback forms.
const zlib = require('zlib');
const { promisify } = require('util');
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const deflate = promisify(zlib.deflate);
const unzip = promisify(zlib.unzip);
const brotliCompress = promisify(zlib.brotliCompress);
const brotliDecompress = promisify(zlib.brotliDecompress);
const inflateRaw = promisify(zlib.inflateRaw);
const deflateRaw = promisify(zlib.deflateRaw);
(async () => {
  const input = Buffer.from('promisified '.repeat(500));
  const g = await gzip(input, { level: 9 });
  console.log(g.subarray(0, 10).toString('hex'), (await gunzip(g)).equals(input));
  console.log((await unzip(await deflate(input))).equals(input));
  const br = await brotliCompress(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  console.log((await brotliDecompress(br)).equals(input));
  console.log((await inflateRaw(await deflateRaw(input))).equals(input));
  try {
    await gunzip(Buffer.from('plain text'));
  } catch (e) {
    console.log('rejected', e.message, e.code, e.errno);
  }
  try {
    await brotliDecompress(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]));
  } catch (e) {
    console.log('rejected', e.message, e.code, e.errno);
  }
  const results = await Promise.all([gzip('a'), gzip('b'), deflate('c')]);
  console.log(results.map((r) => zlib.unzipSync(r).toString()).join(''));
})();
