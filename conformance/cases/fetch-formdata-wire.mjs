// The multipart/form-data bytes fetch sends for a FormData: names with line breaks and quotes
// (normalized to CRLF, then escaped), values' line breaks normalized, Files with an empty name (no
// filename parameter), Blobs (named 'blob'), UTF-8 text; then the same body parsed back.
import http from 'node:http';
const server = http.createServer((req, res) => { const c = []; req.on('data', (d) => c.push(d)); req.on('end', () => res.end(Buffer.concat(c).toString('latin1').replace(/formdata-undici-0\d{11}/g, 'B') + ` | cl=${req.headers['content-length']}`)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const fd = new FormData();
fd.append('line\nbreak', 'v\r\nw\nx\ry');
fd.append('quote"name', 'q');
fd.append('file', new File(['data'], ''));
fd.append('file2', new File(['d2'], 'we"ird\nname.txt', { type: 'text/odd' }));
fd.append('blob', new Blob(['bb']));
fd.append('blobname', new Blob(['bn'], { type: 'x/y' }), 'given.bin');
fd.append('uni', 'é✓');
fd.append('', 'empty name');
console.log(JSON.stringify(await (await fetch(url, { method: 'POST', body: fd })).text()));
const parsed = await new Response(fd).formData();
for (const [k, v] of parsed) console.log(JSON.stringify(k), typeof v === 'string' ? JSON.stringify(v) : [v.name, v.type, await v.text()]);
server.close();
