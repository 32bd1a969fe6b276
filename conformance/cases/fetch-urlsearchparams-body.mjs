// URLSearchParams, string, Blob, ArrayBuffer and typed array bodies: the content-type and bytes the server sees.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => res.end(`${req.headers['content-type'] ?? '(none)'} | ${req.headers['content-length']} | ${Buffer.concat(chunks).toString()}`));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const bodies = [
  ['usp', new URLSearchParams({ a: '1', b: 'x y', c: 'é&=+' })],
  ['usp-empty', new URLSearchParams()],
  ['usp-override', new URLSearchParams('k=v'), { 'content-type': 'text/custom' }],
  ['string', 'just text'],
  ['string-typed', '{"j":1}', { 'Content-Type': 'application/json' }],
  ['empty-string', ''],
  ['blob-typed', new Blob(['blob data'], { type: 'Application/X-Thing' })],
  ['blob-untyped', new Blob(['raw'])],
  ['arraybuffer', new TextEncoder().encode('ab bytes').buffer],
  ['uint16', new Uint16Array([0x6968])],
  ['dataview', new DataView(new TextEncoder().encode('dv!').buffer)],
];
for (const [name, body, headers] of bodies) {
  console.log(name, '=>', await (await fetch(base, { method: 'POST', body, headers })).text());
}
const params = new URLSearchParams([['x', '1'], ['x', '2']]);
const req = new Request(base, { method: 'POST', body: params });
params.append('late', 'added');
console.log(req.headers.get('content-type'), await req.text());
server.close();
