// URL with query and hash (hash not sent), encoding of paths, custom headers the server receives.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const h = req.headers;
  res.end(JSON.stringify({ method: req.method, url: req.url, xa: h['x-a'], xb: h['x-b'], auth: h.authorization, accept: h.accept, ct: h['content-type'] ?? null, raw: req.rawHeaders.filter((_, i, a) => i % 2 === 0 && /^x-/i.test(a[i])) }));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
for (const path of ['/p?q=1&r=two#hash', '/a b/é?x=ü y', '/?', '/#only', '/path/../other/./x', '/%41%2f?%zz']) {
  const res = await fetch(base + path);
  const got = await res.json();
  console.log(got.url, res.url.replace(base, 'BASE'));
}
const headerSets = [
  { 'X-A': 'one', 'x-b': 'two' },
  [['X-A', '1'], ['x-a', '2'], ['X-B', 'b']],
  new Headers({ 'X-A': 'h', Authorization: 'Bearer t', Accept: 'application/json' }),
];
for (const headers of headerSets) console.log(await (await fetch(base, { headers })).json());
const req = new Request(`${base}/from-request#frag`, { method: 'PATCH', headers: { 'X-A': 'req' }, body: 'b' });
console.log(await (await fetch(req)).json());
console.log(await (await fetch(req.url, { method: 'OPTIONS', headers: { 'x-b': 'opt', 'content-type': 'application/x-custom' } })).json());
console.log(await (await fetch(new URL('/url-object?z=1#h', base))).json());
server.close();
