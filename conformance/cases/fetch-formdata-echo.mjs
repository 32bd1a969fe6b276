// FormData with strings, Blobs and Files sent to a server, which parses the multipart body.
import http from 'node:http';
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', async () => {
    const type = req.headers['content-type'];
    const body = Buffer.concat(chunks);
    const boundary = type.match(/boundary=(.*)$/)[1];
    const parsed = await new Response(body, { headers: { 'content-type': type } }).formData();
    const fields = [];
    for (const [k, v] of parsed) fields.push(typeof v === 'string' ? [k, v] : [k, v.name, v.type, v.size, await v.text()]);
    res.end(JSON.stringify({ type: type.replace(boundary, 'BOUNDARY'), length: Number(req.headers['content-length']) === body.length, raw: body.toString().split(boundary).join('BOUNDARY'), fields }));
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const fd = new FormData();
fd.append('text', 'hello');
fd.append('multi', 'a');
fd.append('multi', 'b');
fd.append('unicode', 'héllo ✓');
fd.append('newline', 'line1\nline2\r\nline3');
fd.append('file', new File(['file contents'], 'notes.txt', { type: 'text/plain' }));
fd.append('blob', new Blob([new Uint8Array([1, 2, 3])]));
fd.append('renamed', new File(['x'], 'orig.bin'), 'new name.bin');
fd.append('quote"name', new File(['q'], 'we"ird\nname.txt', { type: 'application/json' }));
const res = await fetch(base, { method: 'POST', body: fd });
const got = await res.json();
console.log(got.type, got.length);
console.log(got.raw);
console.log(got.fields);
const rt = await new Response(fd).formData();
console.log([...rt].map(([k, v]) => (typeof v === 'string' ? [k, v] : [k, v.name, v.type, v.size])));
const req = new Request(base, { method: 'POST', body: fd });
console.log(req.headers.get('content-type').replace(/boundary=.*$/, 'boundary=B'));
server.close();
