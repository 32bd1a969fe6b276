// fetch failures: refused connections, bad URLs and ports, unknown schemes, aborts, redirect
// modes; Request/Response constructor errors.
import http from 'node:http';
import net from 'node:net';
const closed = net.createServer();
await new Promise((r) => closed.listen(0, '127.0.0.1', r));
const closedPort = closed.address().port;
await new Promise((r) => closed.close(r));
const show = (e) => console.log(e.name, '|', e.message, '|', e.cause?.code ?? e.cause?.message);
for (const url of [`http://127.0.0.1:${closedPort}/`, 'nope', 'ftp://x/', 'http://127.0.0.1:1/', 'http://user:pw@127.0.0.1/']) {
  try { await fetch(url); } catch (e) { show(e); }
}
const server = http.createServer((req, res) => {
  if (req.url === '/loop') { res.writeHead(302, { Location: '/loop' }); res.end(); return; }
  if (req.url === '/moved') { res.writeHead(301, { Location: '/final' }); res.end(); return; }
  if (req.url === '/slow') { setTimeout(() => res.end('late'), 500); return; }
  res.end(`final ${req.method}`);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
try { await fetch(`${base}/loop`); } catch (e) { show(e); }
const manual = await fetch(`${base}/moved`, { redirect: 'manual' });
console.log('manual:', manual.status, manual.headers.get('location'), manual.redirected);
try { await fetch(`${base}/moved`, { redirect: 'error' }); } catch (e) { show(e); }
const followed = await fetch(`${base}/moved`, { method: 'POST', body: 'x' });
console.log('followed:', followed.status, await followed.text(), followed.redirected, followed.url.endsWith('/final'));
const controller = new AbortController();
setTimeout(() => controller.abort(), 20);
try { await fetch(`${base}/slow`, { signal: controller.signal }); } catch (e) { console.log(e.name, e.message, e.code); }
try { await fetch(`${base}/slow`, { signal: AbortSignal.abort(new Error('custom reason')) }); } catch (e) { console.log(e.message); }
for (const f of [
  () => new Response('x', { status: 100 }), () => new Response('x', { status: 204 }),
  () => new Response('x', { statusText: 'a\nb' }), () => Response.redirect('http://x/', 200),
  () => new Request('/relative'), () => new Request('http://x/', { method: 'GET', body: 'a' }),
  () => new Request('http://x/', { method: 'CONNECT' }), () => new Request('http://x/', { method: 'bad method' }),
  () => new Headers([['a']]), () => new Headers({ 'bad name': 'x' }), () => new Headers().append('a'),
]) {
  try { f(); console.log('no error'); } catch (e) { show(e); }
}
server.close();
