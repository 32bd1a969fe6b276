// stream/consumers buffer() goes through a Blob (objects as strings, an unpooled Buffer);
// Duplex.from() takes web ReadableStreams, WritableStreams and pairs of them.
const { buffer, text, arrayBuffer } = require('stream/consumers');
const { PassThrough, Duplex, Readable } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
(async () => {
  const s = new PassThrough({ objectMode: true });
  const pb = buffer(s); s.write({}); s.end({});
  console.log(JSON.stringify((await pb).toString()));
  const p = new PassThrough(); const pb2 = buffer(p); p.write('hello'); p.end(Buffer.from(' there'));
  const b = await pb2; console.log(b.length, b.buffer.byteLength, b.byteOffset, b.toString(), Buffer.isBuffer(b));
  const rs = new ReadableStream({ start(c) { c.enqueue('foo'); c.enqueue(new TextEncoder().encode('bar')); c.close(); } });
  const d = Duplex.from(rs);
  const got = []; d.on('data', (x) => got.push(String(x))); await new Promise((r) => d.on('end', r));
  console.log('readable', got, d.readable, d.writable);
  const written = [];
  const ws = new WritableStream({ write(chunk) { written.push(String(chunk)); } });
  const dw = Duplex.from(ws);
  dw.write('a'); dw.end('b', () => console.log('writable', written));
  await new Promise((r) => dw.on('finish', r));
  const pair = Duplex.from({ readable: new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } }), writable: new WritableStream({ write(c) { console.log('pair wrote', String(c)); } }) });
  pair.on('data', (x) => console.log('pair read', String(x)));
  pair.end('y');
  await new Promise((r) => pair.on('close', r));
  console.log('pair closed');
})();
