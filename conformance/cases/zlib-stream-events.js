'use strict';
// Stream behaviour: event order, flush(), params(), close(), bytesWritten, pipe.
const zlib = require('zlib');
const { Readable, Transform } = require('stream');

function run(name, fn) {
  return new Promise((resolve) => fn(resolve)).then(() => console.log(`-- ${name} done`));
}

(async () => {
  await run('events', (done) => {
    const g = zlib.createGzip();
    const events = [];
    for (const e of ['finish', 'end', 'close', 'prefinish']) g.on(e, () => events.push(e));
    let total = 0;
    g.on('data', (d) => { total += d.length; events.push('data'); });
    g.write('hello', () => events.push('writecb'));
    g.flush(() => events.push('flushcb'));
    g.end('world', () => events.push('endcb'));
    g.on('close', () => {
      console.log(events.join(','));
      console.log(g.bytesWritten, g._closed, g.destroyed, total > 20, g instanceof Transform);
      done();
    });
  });
  await run('flush', (done) => {
    const d = zlib.createDeflate();
    const chunks = [];
    d.on('data', (c) => chunks.push(c));
    d.write('first part ');
    d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const sofar = Buffer.concat(chunks);
      console.log('sync flush ends with', sofar.subarray(-4).toString('hex'));
      console.log(zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
      d.params(1, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
        console.log('params', err, d._level, d._strategy);
        d.end('second part');
      });
    });
    d.on('end', () => {
      console.log(zlib.inflateSync(Buffer.concat(chunks)).toString());
      done();
    });
  });
  await run('close', (done) => {
    const i = zlib.createInflate();
    i.close(() => {
      console.log('closed', i._closed, i.destroyed);
      done();
    });
  });
  await run('error event', (done) => {
    const i = zlib.createInflate();
    i.on('error', (e) => {
      console.log('error', e.message, e.code, e.errno, Object.keys(e));
    });
    i.on('close', () => { console.log('close after error', i.destroyed); done(); });
    i.end(Buffer.from('garbage data'));
  });
  await run('pipe', (done) => {
    const body = zlib.gzipSync('a response body '.repeat(1000));
    const pieces = [];
    for (let o = 0; o < body.length; o += 100) pieces.push(body.subarray(o, o + 100));
    const res = Readable.from(pieces);
    const out = [];
    res.pipe(zlib.createGunzip()).on('data', (c) => out.push(c)).on('end', () => {
      console.log('piped', Buffer.concat(out).length);
      done();
    });
  });
  await run('classes', (done) => {
    const names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress'];
    for (const n of names) {
      const s = zlib[n]();
      console.log(n, s.constructor.name, s instanceof zlib[n], typeof s.params, s._finishFlushFlag, s._defaultFlushFlag, s._defaultFullFlushFlag, s._chunkSize, s.bytesWritten);
      s.close();
    }
    setImmediate(done);
  });
  await run('async iterator', async (done) => {
    const g = zlib.createGunzip();
    g.end(zlib.gzipSync('iterated'));
    let s = '';
    for await (const c of g) s += c;
    console.log(s);
    done();
  });
})();
