// 1 MB bodies in both directions, read via text(), arrayBuffer() and the stream.
import http from 'node:http';
import crypto from 'node:crypto';
const big = Buffer.alloc(1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = 97 + (i % 26);
const hash = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.method === 'POST') { res.end(`${body.length} ${hash(body)} ${req.headers['content-length']}`); return; }
    if (req.url === '/chunked') { for (let i = 0; i < 16; i++) res.write(big.subarray(i * 65536, (i + 1) * 65536)); res.end(); return; }
    res.setHeader('Content-Length', big.length);
    res.end(big);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
console.log('expect', big.length, hash(big));
const t = await (await fetch(`${base}/fixed`)).text();
console.log('text', t.length, hash(t));
const ab = await (await fetch(`${base}/chunked`)).arrayBuffer();
console.log('arrayBuffer', ab.byteLength, hash(Buffer.from(ab)));
const res = await fetch(`${base}/fixed`);
console.log(res.headers.get('content-length'), res.headers.get('transfer-encoding'));
let total = 0;
const parts = [];
for await (const chunk of res.body) { total += chunk.byteLength; parts.push(chunk); }
console.log('stream', total, hash(Buffer.concat(parts)));
const blob = await (await fetch(`${base}/chunked`)).blob();
console.log('blob', blob.size);
console.log('post string', await (await fetch(base, { method: 'POST', body: big.toString() })).text());
console.log('post bytes', await (await fetch(base, { method: 'POST', body: new Uint8Array(big) })).text());
const stream = new ReadableStream({ start(c) { for (let i = 0; i < 4; i++) c.enqueue(big.subarray(i * 262144, (i + 1) * 262144)); c.close(); } });
console.log('post stream', await (await fetch(base, { method: 'POST', body: stream, duplex: 'half' })).text());
server.close();
