// Response.body as a byte ReadableStream: async iteration, bodyUsed, readers, and a streamed request body.
import http from 'node:http';
const server = http.createServer((req, res) => { res.write('chunk1,'); setTimeout(() => res.end('chunk2'), 5); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
console.log(res.body, res.bodyUsed);
const parts = [];
for await (const chunk of res.body) parts.push(Buffer.from(chunk).toString());
console.log(parts.join(''), res.bodyUsed);
try { await res.text(); } catch (e) { console.log(e.name, e.message); }
const r2 = new Response('hello');
const reader = r2.body.getReader();
console.log(await reader.read(), await reader.read());
const r3 = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } }), duplex: 'half' });
console.log(r3.status, await r3.text());
server.close();
