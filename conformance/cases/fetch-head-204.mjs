// HEAD requests and 204/304/205 responses: body is null, text() is empty, headers still present.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const code = Number(req.url.slice(1)) || 200;
  res.writeHead(code, { 'X-Code': String(code), 'Content-Type': 'text/plain' });
  res.end(code === 204 || code === 304 || req.method === 'HEAD' ? undefined : `body for ${req.method}`);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
for (const [method, path] of [['HEAD', '/200'], ['GET', '/204'], ['GET', '/304'], ['GET', '/200'], ['HEAD', '/404'], ['DELETE', '/204']]) {
  const res = await fetch(base + path, { method });
  console.log(method, path, res.status, res.ok, res.body === null, res.headers.get('x-code'), JSON.stringify(await res.text()), res.bodyUsed);
}
const head = await fetch(`${base}/200`, { method: 'HEAD' });
console.log(await head.arrayBuffer(), (await head.clone().blob()).size);
const n = new Response(null, { status: 204 });
console.log(n.body, n.status, n.ok, await n.text());
server.close();
