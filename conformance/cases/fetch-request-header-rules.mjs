// Request headers as fetch sends them: its own defaults and where user values replace them, the
// headers it ignores (host, content-length), Sec-Fetch-Mode (always the request's mode),
// Connection: close (each request a new connection),
// and the ones Node's fetch refuses (transfer-encoding, keep-alive, upgrade, expect, other
// Connection values) with their error causes.
import http from 'node:http';

let connections = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/which') return res.end(`${req.socket.n}`);
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) raw.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1].replace(/:\d+$/, ':PORT')}`);
  res.end(raw.join(' | '));
});
server.on('connection', (socket) => { socket.n = ++connections; });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const cases = [
  {}, { Connection: 'close' }, { connection: 'Keep-Alive' }, { Connection: 'Upgrade' }, { Host: 'custom.test' },
  { 'Content-Length': '5' }, { 'Transfer-Encoding': 'chunked' }, { 'Keep-Alive': 'timeout=5' },
  { Upgrade: 'websocket' }, { Expect: '100-continue' }, { 'x-a': 'b', cookie: 'c=1' }, { Accept: '' },
  { 'user-agent': 'custom/1.0', 'accept-encoding': 'identity', 'Accept-Language': 'en', 'Sec-Fetch-Mode': 'navigate' },
];
for (const headers of cases) {
  try {
    const r = await fetch(base, { headers, method: 'POST', body: 'hello' });
    console.log(JSON.stringify(headers), '->', await r.text());
  } catch (e) {
    console.log(JSON.stringify(headers), '->', e.message, '|', e.cause?.name, e.cause?.code, e.cause?.message);
  }
}
// The server closes a connection after a Connection: close request: the next needs another.
const first = await (await fetch(`${base}/which`, { headers: { connection: 'close' } })).text();
const second = await (await fetch(`${base}/which`, { headers: { connection: 'close' } })).text();
console.log('Connection: close requests share a connection', first === second);
for (const mode of ['same-origin', 'no-cors']) {
  const text = await (await fetch(base, { mode })).text();
  console.log('mode', mode, '->', /sec-fetch-mode: [^|]*/.exec(text)[0]);
}
server.close();
