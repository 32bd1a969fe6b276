// Body reading methods on Request and Response: bytes(), blob() types (the MIME type as
// serialized: lower-cased, parameters normalized, invalid types dropped), arrayBuffer() copies,
// json() failures, text() of invalid UTF-8 and BOMs, and reading twice.
const show = async (label, f) => {
  try {
    console.log(label, 'ok', await f());
  } catch (e) {
    console.log(label, e.name, '|', e.constructor === SyntaxError ? '(JSON error)' : e.message);
  }
};
const typeOfBlob = async (type) => (await new Response('x', { headers: { 'content-type': type } }).blob()).type;
await show('bytes', async () => {
  const bytes = await new Response('hé').bytes();
  return `${bytes.constructor.name} ${bytes.length} ${[...bytes]}`;
});
await show('request bytes', async () => {
  const bytes = await new Request('http://x.test/', { method: 'POST', body: new Uint8Array([1, 2, 3]) }).bytes();
  return `${bytes.constructor.name} ${[...bytes]}`;
});
await show('bytes of null', async () => (await new Response(null).bytes()).length);
for (const type of ['text/plain', 'Text/HTML; Charset=UTF-8', 'text/plain;charset="utf-8"', 'application/json ; a=b', 'nonsense', '', 'a/b; x="q\\"q"', 'text/plain;;a=1', 'TEXT/PLAIN;A=1;a=2']) {
  await show(`blob type ${JSON.stringify(type)}`, async () => JSON.stringify(await typeOfBlob(type)));
}
await show('blob from Blob body', async () => JSON.stringify((await new Response(new Blob(['b'], { type: 'image/PNG' })).blob()).type));
await show('arrayBuffer', async () => {
  const ab = await new Response(new Uint8Array([9, 8, 7])).arrayBuffer();
  return `${Object.prototype.toString.call(ab)} ${ab.byteLength} ${[...new Uint8Array(ab)]}`;
});
await show('arrayBuffer not shared with source', async () => {
  const src = new Uint8Array([1, 2]);
  const r = new Response(src);
  src[0] = 99;
  return [...new Uint8Array(await r.arrayBuffer())].join();
});
await show('json invalid', () => new Response('{bad').json());
await show('json empty', () => new Response('').json());
await show('json BOM', () => new Response('\ufeff{"a":1}').json().then(JSON.stringify));
await show('text BOM stripped', async () => JSON.stringify(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text()));
await show('text invalid utf8', async () => JSON.stringify(await new Response(new Uint8Array([0x61, 0xff, 0xc3, 0x62])).text()));
await show('text utf16 bytes', async () => JSON.stringify(await new Response(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).text()));
await show('read twice', async () => {
  const r = new Response('once');
  await r.text();
  return r.text();
});
await show('read while locked', async () => {
  const r = new Response('locked');
  r.body.getReader();
  return r.text();
});
await show('bodyUsed after getReader', async () => {
  const r = new Response('x');
  const reader = r.body.getReader();
  const before = r.bodyUsed;
  await reader.read();
  return `${before} ${r.bodyUsed}`;
});
await show('clone then read both', async () => {
  const r = new Response('twin');
  const c = r.clone();
  return `${await r.text()} ${await c.text()}`;
});
await show('request formData urlencoded', async () => {
  const fd = await new Request('http://x.test/', { method: 'POST', body: new URLSearchParams('k=v&k=w') }).formData();
  return JSON.stringify([...fd]);
});
await show('request formData roundtrip', async () => {
  const src = new FormData();
  src.append('s', 'str');
  src.append('f', new Blob(['contents'], { type: 'text/x' }), 'name.txt');
  const fd = await new Request('http://x.test/', { method: 'POST', body: src }).formData();
  const f = fd.get('f');
  return JSON.stringify([fd.get('s'), f.name, f.type, await f.text()]);
});
