// fetch decodes gzip, deflate and br bodies (and sends accept-encoding); CompressionStream and
// DecompressionStream round trips through web streams.
import http from 'node:http';
import zlib from 'node:zlib';
const text = 'hello compressed world '.repeat(50);
const server = http.createServer((req, res) => {
  const enc = req.url.slice(1);
  const body = enc === 'gzip' ? zlib.gzipSync(text) : enc === 'deflate' ? zlib.deflateSync(text) : enc === 'br' ? zlib.brotliCompressSync(text) : Buffer.from(text);
  res.writeHead(200, { 'Content-Encoding': enc === 'plain' ? 'identity' : enc, 'X-Accept': req.headers['accept-encoding'] });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
for (const enc of ['gzip', 'deflate', 'br', 'plain']) {
  const res = await fetch(`http://127.0.0.1:${server.address().port}/${enc}`);
  const body = await res.text();
  console.log(enc, res.headers.get('content-encoding'), res.headers.get('x-accept'), body === text, body.length);
}
server.close();
for (const format of ['gzip', 'deflate', 'deflate-raw']) {
  const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream(format));
  const roundTrip = await new Response(compressed.pipeThrough(new DecompressionStream(format))).text();
  console.log(format, roundTrip === text);
}
console.log(new CompressionStream('gzip'));
try { new DecompressionStream('zip'); } catch (e) { console.log(e.name, e.code, e.message); }
