// Built-in module names packages still use: util/types, sys (deprecated alias of util), the
// legacy _stream_* modules, stream/consumers; and require.cache standing in for a built-in.
const stream = require('stream');
console.log(require('util/types') === require('util').types, require('node:util/types') === require('util').types);
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);
console.log(require('sys') === require('util'));
const mod = require('module');
console.log(['util/types', 'sys', '_stream_readable', 'stream/consumers'].map((m) => mod.isBuiltin(m)));

const consumers = require('stream/consumers');
const { Readable } = stream;
(async () => {
  console.log('text', await consumers.text(Readable.from(['a', 'b', Buffer.from('é')])));
  console.log('json', await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from('xy'), new Uint8Array([122])]));
  console.log('buffer', Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('abc')]));
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await consumers.blob(Readable.from(['hello']));
  console.log('blob', blob.size, await blob.text());
  const web = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('web')); c.close(); } });
  console.log('web text', await consumers.text(web));
  async function* gen() { yield 'g1'; yield 'g2'; }
  console.log('iterable', await consumers.text(gen()));
  try { await consumers.json(Readable.from(['{bad'])); } catch (e) { console.log('bad json', e.name); }

  require.cache.fs = { exports: { fake: 1 } };
  console.log('cache fs', require('fs').fake, require('node:fs').fake);
  delete require.cache.fs;
  console.log('cache removed', typeof require('fs').readFileSync);
})();
