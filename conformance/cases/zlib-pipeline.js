'use strict';
// stream.pipeline(fs.createReadStream(x), zlib.createGzip(), fs.createWriteStream(y)) and back.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream');
const streamPromises = require('stream/promises');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zlib-pipeline-'));
const source = path.join(dir, 'source.txt');
const lines = [];
for (let i = 0; i < 20000; i++) lines.push(`line ${i} ${'abcdefghij'.repeat(i % 7)}`);
const content = lines.join('\n');
fs.writeFileSync(source, content);

pipeline(fs.createReadStream(source), zlib.createGzip(), fs.createWriteStream(path.join(dir, 'x.gz')), (err) => {
  console.log('gzip done', err);
  const packed = fs.readFileSync(path.join(dir, 'x.gz'));
  console.log(packed.subarray(0, 10).toString('hex'), packed.length < content.length / 3);
  console.log(zlib.gunzipSync(packed).toString() === content);
  pipeline(fs.createReadStream(path.join(dir, 'x.gz')), zlib.createGunzip(), fs.createWriteStream(path.join(dir, 'back.txt')), async (err2) => {
    console.log('gunzip done', err2, fs.readFileSync(path.join(dir, 'back.txt'), 'utf8') === content);
    await streamPromises.pipeline(fs.createReadStream(source), zlib.createBrotliCompress(), fs.createWriteStream(path.join(dir, 'x.br')));
    await streamPromises.pipeline(fs.createReadStream(path.join(dir, 'x.br')), zlib.createBrotliDecompress(), fs.createWriteStream(path.join(dir, 'back2.txt')));
    console.log('brotli done', fs.readFileSync(path.join(dir, 'back2.txt'), 'utf8') === content);
    // A corrupt stream fails the pipeline with zlib's error.
    fs.writeFileSync(path.join(dir, 'bad.gz'), Buffer.from('this is not gzip'));
    pipeline(fs.createReadStream(path.join(dir, 'bad.gz')), zlib.createGunzip(), fs.createWriteStream(path.join(dir, 'bad.txt')), (err3) => {
      console.log('bad', err3.message, err3.code, err3.errno);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
