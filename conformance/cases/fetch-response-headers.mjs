// Headers of fetched responses: repeated fields combined, set-cookie kept apart, immutability,
// and a Response built from a fetched one.
import http from 'node:http';
const server = http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['s1=a; Path=/', 's2=b, with comma']);
  res.setHeader('X-Multi', ['one', 'two']);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('body');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
const h = res.headers;
console.log(h.get('x-multi'), h.get('set-cookie'), h.getSetCookie());
console.log([...h].filter(([k]) => k.startsWith('x-') || k === 'set-cookie' || k === 'content-type'));
for (const f of [() => h.set('x-new', '1'), () => h.append('x-multi', '3'), () => h.delete('x-multi')]) {
  try { f(); console.log('mutable'); } catch (e) { console.log(e.name, e.message); }
}
const copy = new Response(res.body, res);
console.log(copy.status, copy.statusText, copy.headers.get('x-multi'), copy.headers.getSetCookie());
copy.headers.set('x-new', 'ok');
console.log(copy.headers.get('x-new'), h.get('x-new'), await copy.text(), res.bodyUsed);
const own = new Response('x', { headers: h });
own.headers.append('x-multi', 'three');
console.log(own.headers.get('x-multi'), h.get('x-multi'));
const req = new Request('http://x.test/', { headers: { a: '1' } });
req.headers.set('b', '2');
console.log([...req.headers]);
for (const name of ['host', 'connection', 'content-length', 'cookie', 'x-ok']) {
  const r = new Request('http://x.test/', { headers: { [name]: 'v' } });
  console.log(name, r.headers.get(name));
}
server.close();
