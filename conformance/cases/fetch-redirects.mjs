// redirect handling for 301/302/303/307/308: method and body rewriting, manual and error modes.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const m = req.url.match(/^\/r(\d+)$/);
    if (m) { res.writeHead(Number(m[1]), { Location: '/target', 'X-From': m[1] }); res.end('redirect body'); return; }
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} body=${Buffer.concat(chunks).toString()} type=${req.headers['content-type'] ?? '-'} len=${req.headers['content-length'] ?? '-'}`);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
for (const code of [301, 302, 303, 307, 308]) {
  for (const method of ['GET', 'POST', 'PUT']) {
    const res = await fetch(`${base}/r${code}`, { method, body: method === 'GET' ? undefined : 'data', headers: method === 'GET' ? {} : { 'content-type': 'text/x-data' } });
    console.log(code, method, '->', res.status, res.redirected, res.url.replace(base, ''), await res.text());
  }
  const manual = await fetch(`${base}/r${code}`, { redirect: 'manual' });
  console.log('manual', manual.status, manual.type, manual.redirected, manual.headers.get('location'), manual.headers.get('x-from'), await manual.text());
  try { await fetch(`${base}/r${code}`, { redirect: 'error' }); } catch (e) { console.log('error', e.name, e.message, e.cause?.message); }
}
server.close();
