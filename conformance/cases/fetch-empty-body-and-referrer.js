// fetch framing of empty bodies (content-length: 0 for POST/PUT/PATCH without a body) and the Referer a referrer and referrerPolicy produce.
const http = require('http');
setTimeout(() => process.exit(9), 5000).unref();
const server = http.createServer((req, res) => {
  res.end(JSON.stringify({ m: req.method, cl: req.headers['content-length'], te: req.headers['transfer-encoding'], conn: req.headers.connection, ref: req.headers.referer }));
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  for (const init of [{ method: 'POST' }, { method: 'PUT', body: null }, { method: 'PATCH', body: undefined }, { method: 'DELETE' }, { method: 'HEAD' }, { method: 'POST', body: '' }, { referrer: 'http://example.com/page' }, { referrer: 'http://example.com/page', referrerPolicy: 'unsafe-url' }]) {
    const r = await fetch(base, init);
    console.log(JSON.stringify(init), r.status, await r.text());
  }
  server.close();
});
