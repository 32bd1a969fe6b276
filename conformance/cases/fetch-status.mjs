// status, statusText and ok for many codes from a server and from the Response constructor.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const [, code, text] = req.url.split('/');
  if (text) res.statusMessage = decodeURIComponent(text);
  res.statusCode = Number(code);
  res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
for (const code of [200, 201, 202, 226, 299, 300, 399, 400, 401, 403, 404, 418, 451, 500, 503, 599]) {
  const res = await fetch(`${base}/${code}`, { redirect: 'manual' });
  console.log(code, res.status, JSON.stringify(res.statusText), res.ok);
}
const custom = await fetch(`${base}/200/All%20Good`);
console.log(custom.status, custom.statusText);
const empty = await fetch(`${base}/299/%20`);
console.log(JSON.stringify(empty.statusText));
for (const init of [{}, { status: 200 }, { status: 299, statusText: 'Odd' }, { status: 300 }, { status: 199 + 1 }, { status: 599 }, { status: '404' }, { status: 201.0 }]) {
  const r = new Response(null, init);
  console.log(JSON.stringify(init), r.status, JSON.stringify(r.statusText), r.ok);
}
for (const status of [199, 600, 0, -1, 1000, NaN]) {
  try { new Response(null, { status }); } catch (e) { console.log(status, e.name, e.message); }
}
server.close();
