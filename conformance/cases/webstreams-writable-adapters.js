// stream.Writable.toWeb() and Writable.fromWeb(), and Duplex.toWeb()/fromWeb().
'use strict';
const { Writable, Duplex, PassThrough } = require('stream');
(async () => {
  const written = [];
  const nodeWritable = new Writable({
    write(chunk, enc, cb) { written.push(chunk.toString()); cb(); },
    final(cb) { written.push('final'); cb(); },
  });
  const web = Writable.toWeb(nodeWritable);
  console.log(web);
  const writer = web.getWriter();
  await writer.write(new Uint8Array([97, 98]));
  await writer.write('str');
  await writer.close();
  console.log(written, nodeWritable.writableFinished);

  const sunk = [];
  const ws = new WritableStream({
    write(chunk) { sunk.push(`${chunk.constructor.name}:${Buffer.from(chunk)}`); },
    close() { sunk.push('close'); },
  });
  const nodeSide = Writable.fromWeb(ws);
  nodeSide.write('hello');
  nodeSide.write(Buffer.from(' world'));
  nodeSide.end(() => {
    console.log(sunk, ws.locked);
    duplexes();
  });
  try { Writable.toWeb({}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Writable.fromWeb({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
async function duplexes() {
  const pass = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pass);
  console.log(readable, writable);
  const w = writable.getWriter();
  w.write(new Uint8Array([120]));
  w.close();
  const got = [];
  for await (const c of readable) got.push(...c);
  console.log(got);

  const echo = new TransformStream({ transform(chunk, c) { c.enqueue(Buffer.from(chunk).toString().toUpperCase()); } });
  const d = Duplex.fromWeb(echo, { encoding: 'utf8' });
  d.end('quiet');
  let s = '';
  for await (const c of d) s += c;
  console.log(s);
}
