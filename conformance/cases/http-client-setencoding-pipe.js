'use strict';
// Reading a client response: setEncoding with multi-byte characters split across chunks, hex and
// base64 encodings, pipe() into a Writable (end and finish order), async iteration, and
// res.read() in 'readable'.
const http = require('http');
const { Writable } = require('stream');

const text = 'héllo wörld – ✓ 😀 end';
const bytes = Buffer.from(text);
const server = http.createServer((req, res) => {
  // One byte per write, so every multi-byte character is split across chunks.
  res.setHeader('Content-Length', bytes.length);
  let i = 0;
  const next = () => {
    if (i === bytes.length) return res.end();
    res.write(bytes.subarray(i, i + 1));
    i++;
    if (i % 8 === 0) setTimeout(next, 1);
    else next();
  };
  next();
});

function get(fn) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => fn(res, resolve));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const encoding of ['utf8', 'hex', 'base64', 'latin1']) {
    await get((res, done) => {
      res.setEncoding(encoding);
      let out = '';
      let types = new Set();
      res.on('data', (d) => {
        out += d;
        types.add(typeof d);
      });
      res.on('end', () => {
        console.log(encoding, [...types].join(), out.length, JSON.stringify(encoding === 'utf8' ? out : out.slice(0, 24)), out === bytes.toString(encoding));
        done();
      });
    });
  }
  await get((res, done) => {
    const log = [];
    const chunks = [];
    const sink = new Writable({
      write(chunk, enc, cb) {
        chunks.push(chunk);
        cb();
      },
    });
    res.on('end', () => log.push('res end'));
    sink.on('finish', () => log.push('sink finish'));
    sink.on('pipe', (src) => log.push(`pipe src=${src === res}`));
    sink.on('close', () => {
      log.push('sink close');
      console.log('pipe', log.join(' | '), Buffer.concat(chunks).toString() === text);
      done();
    });
    res.pipe(sink);
  });
  await get(async (res, done) => {
    const parts = [];
    for await (const chunk of res) parts.push(chunk);
    console.log('async iteration', Buffer.isBuffer(parts[0]), Buffer.concat(parts).toString() === text, res.complete, res.readableEnded);
    done();
  });
  await get((res, done) => {
    let size = 0;
    res.on('readable', () => {
      let chunk;
      while ((chunk = res.read()) !== null) size += chunk.length;
    });
    res.on('end', () => {
      console.log('read()', size === bytes.length);
      done();
    });
  });
  server.close();
});
