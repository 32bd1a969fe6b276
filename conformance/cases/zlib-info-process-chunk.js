// zlib: `info: true` gives { buffer, engine } in the callback forms too; the semi-public
// `_processChunk(chunk, flush)` runs synchronously and closes the engine without a 'close' event.
const zlib = require('zlib');

// One at a time: concurrent jobs on the thread pool may complete in any order.
zlib.gzip('abc', { info: true }, (err, result) => {
  console.log('gzip info', err, Buffer.isBuffer(result.buffer), result.engine instanceof zlib.Gzip,
    result.engine._handle, zlib.gunzipSync(result.buffer).toString());
  zlib.deflateRaw(Buffer.from('xyz'), { info: true }, (err2, r2) => {
    console.log('deflateRaw info', err2, r2.engine.constructor.name, zlib.inflateRawSync(r2.buffer).toString());
    zlib.gzip('plain', (err3, buf) => {
      console.log('gzip plain', err3, Buffer.isBuffer(buf));
      zlib.brotliCompress('br', { info: true }, (err4, r) => {
        console.log('brotli info', err4, r.engine instanceof zlib.BrotliCompress,
          zlib.brotliDecompressSync(r.buffer).toString());
      });
    });
  });
});

const zipper = new zlib.Gzip();
zipper.on('close', () => console.log('unexpected close'));
const zipped = zipper._processChunk(Buffer.from('Come on, Fhqwhgads.'), zlib.constants.Z_FINISH);
console.log('zipped', Buffer.isBuffer(zipped), zipped[0], zipped[1], zipper._handle, zipper.bytesWritten);
const unzipper = new zlib.Gunzip();
console.log('unzipped', unzipper._processChunk(zipped, zlib.constants.Z_FINISH).toString());
try {
  new zlib.Gunzip()._processChunk(Buffer.from('not gzip'), zlib.constants.Z_FINISH);
} catch (e) {
  console.log('bad input', e.code, e.errno, e.message);
}
