// fetch decodes 'deflate' bodies zlib-wrapped or raw; a corrupt coded body fails with the decoder's error as cause.
const http = require('http');
const zlib = require('zlib');
setTimeout(() => process.exit(9), 5000).unref();
const server = http.createServer((req, res) => {
  if (req.url === '/raw') { res.writeHead(200, { 'content-encoding': 'deflate', connection: 'close' }); return res.end(zlib.deflateRawSync('raw deflate body')); }
  if (req.url === '/bad') { res.writeHead(200, { 'content-encoding': 'gzip', connection: 'close' }); return res.end('not gzip'); }
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const p of ['/raw', '/bad']) {
    try { const r = await fetch(base + p); console.log(p, r.status, JSON.stringify(await r.text())); }
    catch (e) { console.log(p, 'ERR', e.name, e.message, '| cause:', e.cause && e.cause.code, e.cause && e.cause.message); }
  }
  server.close();
});
