// stream.Readable.fromWeb(): a web ReadableStream consumed as a Node Readable.
'use strict';
const { Readable } = require('stream');
(async () => {
  const web = new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue(new Uint8Array([33])); c.close(); },
  });
  const node = Readable.fromWeb(web);
  console.log(web.locked, node.readableObjectMode);
  const chunks = [];
  for await (const c of node) chunks.push(c);
  console.log(chunks, Buffer.concat(chunks).toString());

  const text = Readable.fromWeb(ReadableStream.from([new Uint8Array([0xE2, 0x82]), new Uint8Array([0xAC])]), { encoding: 'utf8' });
  let s = '';
  for await (const c of text) s += c;
  console.log(s);

  const objs = Readable.fromWeb(ReadableStream.from([{ a: 1 }, 'two']), { objectMode: true });
  const got = [];
  for await (const o of objs) got.push(o);
  console.log(got);

  const failing = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web side failed')); } }));
  failing.on('error', (e) => console.log('error event', e.message));
  failing.on('close', () => console.log('close event'));
  failing.resume();
  await new Promise((r) => setTimeout(r, 5));

  const log = [];
  const src = new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(1)); }, cancel(r) { log.push(`cancel ${r?.message}`); } });
  const n = Readable.fromWeb(src);
  n.destroy(new Error('destroyed'));
  n.on('error', () => {});
  await new Promise((r) => setTimeout(r, 5));
  console.log(log);
  try { Readable.fromWeb({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
