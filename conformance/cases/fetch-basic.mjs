// fetch against a local server: methods, bodies (string, JSON, URLSearchParams, bytes, Blob,
// FormData), the headers the server receives, response accessors and body readers.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString().replace(/formdata-undici-0\d+/g, 'BOUNDARY');
    const h = req.headers;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.end(JSON.stringify({
      method: req.method, url: req.url, body, type: (h['content-type'] || '').replace(/formdata-undici-0\d+/g, 'BOUNDARY'),
      length: h['content-length'], accept: h.accept, lang: h['accept-language'], mode: h['sec-fetch-mode'],
      ua: h['user-agent'], custom: h['x-custom'], connection: h.connection,
    }));
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const form = new FormData();
form.append('field', 'value');
form.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a.txt');
const bodies = [
  undefined, 'plain text', JSON.stringify({ a: 1 }), new URLSearchParams({ q: 'x y', n: '1' }),
  new Uint8Array([104, 105]), new Blob(['blob!'], { type: 'application/x-test' }), form,
];
for (const body of bodies) {
  const res = await fetch(`${base}/path?x=1`, { method: body === undefined ? 'GET' : 'POST', body, headers: { 'X-Custom': 'c' } });
  console.log(res.status, res.ok, res.statusText, res.type, res.redirected, res.url.replace(/:\d+\//, ':PORT/'));
  console.log(res.headers.get('content-type'), res.headers.getSetCookie(), res.headers.has('date'));
  console.log(await res.json());
}
const r1 = await fetch(base);
console.log(typeof (await r1.text()), r1.bodyUsed);
try { await r1.text(); } catch (e) { console.log(e.name, e.message); }
const r2 = await fetch(base);
const copy = r2.clone();
console.log((await r2.arrayBuffer()).byteLength === (await copy.text()).length);
const r3 = await fetch(base);
const blob = await r3.blob();
console.log(blob.type, blob.size > 0);
server.close();
