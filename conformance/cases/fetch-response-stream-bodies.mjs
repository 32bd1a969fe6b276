// Response bodies from streams and iterables: async generators (strings and bytes), a sync
// iterable (a string then), ReadableStreams (Uint8Array chunks only), an erroring stream, a locked
// one, cancel() then text(), body identity and bodyUsed, clone after touching body, keepalive.
const show = async (label, f) => { try { console.log(label, 'ok', await f()); } catch (e) { console.log(label, e.name, '|', e.message); } };
await show('async iterable body', async () => new Response((async function* () { yield 'a'; yield new Uint8Array([98]); })()).text());
await show('sync iterable body', async () => new Response([1, 2]).text());
await show('stream body', async () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('s')); c.close(); } })).text());
await show('stream string chunk', async () => new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text());
await show('erroring stream', async () => new Response(new ReadableStream({ start(c) { c.error(new Error('boom')); } })).text());
await show('locked stream', async () => { const s = new ReadableStream(); s.getReader(); return new Response(s); });
await show('cancel then text', async () => { const r = new Response('x'); await r.body.cancel(); return [r.bodyUsed, await r.text().catch((e) => e.message)]; });
await show('body identity', async () => { const r = new Response('x'); return r.body === r.body; });
await show('request stream body used', async () => { const r = new Request('http://x.test/', { method: 'POST', body: 'q' }); const b = r.body; await b.getReader().read(); return r.bodyUsed; });
await show('clone after body access', async () => { const r = new Response('cl'); r.body; const c = r.clone(); return [await r.text(), await c.text()]; });
await show('json of number', async () => new Response('42').json());
await show('response type after clone', async () => Response.error().clone().type);
await show('keepalive stream', async () => new Request('http://x.test/', { method: 'POST', keepalive: true, duplex: 'half', body: new ReadableStream() }));
await show('iterable of ArrayBuffers', async () => new Response((async function* () { yield new TextEncoder().encode('ab').buffer; yield [99, 100]; })()).text());
await show('stream of ArrayBuffer', async () => new Response(new ReadableStream({ start(c) { c.enqueue(new ArrayBuffer(2)); c.close(); } })).text());
await show('stream via body reader', async () => {
  const r = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } }));
  const reader = r.body.getReader();
  const { value } = await reader.read();
  return `${value.constructor.name} ${[...value]}`;
});
